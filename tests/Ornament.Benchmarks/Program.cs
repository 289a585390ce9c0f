using BenchmarkDotNet.Running;

namespace Ornament.Benchmarks;

/// <summary>Runs the stage benchmarks: `dotnet run -c Release --project tests/Ornament.Benchmarks -- --filter '*'`.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new SimdJobsConfig());
}
