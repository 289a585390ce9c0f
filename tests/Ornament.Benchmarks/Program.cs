using BenchmarkDotNet.Running;

namespace Ornament.Benchmarks;

/// <summary>Runs the stage benchmarks: `dotnet run -c Release --project tests/Ornament.Benchmarks -- --filter '*'`.
/// `png-encode` instead runs the PNG timing harness used by png-vs-pil.py.</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "png-encode")
        {
            Environment.Exit(PngEncodeHarness.Run(args));
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new SimdJobsConfig());
    }
}
