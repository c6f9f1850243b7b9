using BenchmarkDotNet.Running;

namespace Marquee.Benchmarks;

/// <summary>`dotnet run -c Release --project bench/Marquee.Benchmarks -- --filter '*'`</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
