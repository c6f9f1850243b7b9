using System.Globalization;
using CsCheck;

namespace Marquee.Tests.Fuzz;

/// <summary>
/// Runs one fuzz property. In CI: a fixed seed and a budget of iterations and seconds, so a run is repeatable and short.
/// MARQUEE_FUZZ_SECONDS=600 runs each property that long from a random seed (MARQUEE_FUZZ_SEED repeats one); a failure
/// is shrunk by CsCheck from the seed of the failing input and reported with both.
/// </summary>
internal static class FuzzRun
{
    private const ulong FixedSeed = 20261207;
    private const int CiIterations = 400;
    private const int CiSeconds = 8;

    /// <summary>Longer than any input takes on a loaded CI box; an input past it is a hang.</summary>
    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(10);

    public static void Check<T>(Gen<T> gen, Action<T> property, Func<T, string> print)
    {
        var seconds = Environment.GetEnvironmentVariable("MARQUEE_FUZZ_SECONDS") is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : -1;
        var seed = Environment.GetEnvironmentVariable("MARQUEE_FUZZ_SEED") is { } fixedSeed ? ulong.Parse(fixedSeed, CultureInfo.InvariantCulture)
            : seconds > 0 ? (ulong)DateTime.UtcNow.Ticks : FixedSeed;
        var pcg = new PCG(1, seed);
        var until = DateTime.UtcNow.AddSeconds(seconds > 0 ? seconds : CiSeconds);
        for (var i = 0; (seconds > 0 || i < CiIterations) && DateTime.UtcNow < until; i++)
        {
            var state = pcg.State;
            var input = gen.Generate(pcg, null, out _);
            try
            {
                Bounded(() => property(input));
            }
            catch (Exception failure)
            {
                var failingSeed = pcg.ToString(state);
                gen.Sample(x => Bounded(() => property(x)), seed: failingSeed, iter: 2000, time: 30, threads: 1, print: print);
                throw new Xunit.Sdk.XunitException($"fuzz seed {seed}, input {i} (CsCheck seed {failingSeed}): {print(input)}\n{failure}");
            }
        }
    }

    private static void Bounded(Action action)
    {
        var run = Task.Run(action);
        if (!run.Wait(PerInput, TestContext.Current.CancellationToken))
        {
            throw new TimeoutException($"one input took more than {PerInput.TotalSeconds} s");
        }
    }
}
