namespace Marquee.Tests.Infrastructure;

/// <summary>
/// Runs a scenario that sets a time a little ahead and must finish its setup before it comes. A loaded 2-core CI
/// box sometimes cannot; the scenario then says so (returns false, having asserted nothing about the future) and
/// runs again with the next, longer lead rather than failing or proving nothing.
/// </summary>
public static class TimedScenario
{
    public static async Task RunAsync(Func<TimeSpan, Task<bool>> scenario, params TimeSpan[] leads)
    {
        foreach (var lead in leads)
        {
            if (await scenario(lead))
            {
                return;
            }
        }

        Assert.Fail($"the machine was too slow for this test: even {leads[^1].TotalSeconds:F0} s ahead, the time came before the setup ended");
    }
}
