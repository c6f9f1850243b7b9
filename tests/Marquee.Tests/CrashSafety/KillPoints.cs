namespace Marquee.Tests.CrashSafety;

/// <summary>
/// When to kill a process during an operation: one moment drawn in each of <c>count</c> equal slices of its duration, from a
/// fixed seed, so a run covers the whole operation and a failure can be replayed. The tests assert what must hold at any
/// moment, so where a kill lands decides nothing about the outcome.
/// </summary>
internal static class KillPoints
{
    public static IReadOnlyList<TimeSpan> Spread(int seed, int count, TimeSpan over)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(slice => over * ((slice + random.NextDouble()) / count))];
    }
}
