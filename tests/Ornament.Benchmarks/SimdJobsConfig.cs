using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;

namespace Ornament.Benchmarks;

/// <summary>Three jobs that differ only by the runtime's SIMD switches; the scalar one is the baseline, so every
/// table shows what the vector kernels buy (the .NET vectorization guide's recipe).</summary>
public sealed class SimdJobsConfig : ManualConfig
{
    public SimdJobsConfig()
    {
        var scalar = Job.ShortRun.WithEnvironmentVariables(new EnvironmentVariable("DOTNET_EnableHWIntrinsic", "0")).WithId("Scalar").AsBaseline();
        var v128 = Job.ShortRun.WithEnvironmentVariables(new EnvironmentVariable("DOTNET_EnableAVX2", "0")).WithId("Vector128");
        var v256 = Job.ShortRun.WithId("Vector256");
        AddJob(scalar, v128, v256);
        AddDiagnoser(MemoryDiagnoser.Default);
        // A bare ManualConfig has no logger or columns: without these the run prints no summary table.
        AddLogger(ConsoleLogger.Default);
        AddColumnProvider(DefaultColumnProviders.Instance);
        AddExporter(MarkdownExporter.GitHub);
        WithOptions(ConfigOptions.DisableOptimizationsValidator);
    }
}
