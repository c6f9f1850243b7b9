using BenchmarkDotNet.Running;
using Marquee.Benchmarks.Photos;

namespace Marquee.Benchmarks;

/// <summary>`dotnet run -c Release --project bench/Marquee.Benchmarks -- --filter '*'`; `-- photos LIBRARY` measures photo renditions.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["photos", var library, ..])
        {
            return PhotoRenditionMeasurement.Run(library, rounds: 2);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
