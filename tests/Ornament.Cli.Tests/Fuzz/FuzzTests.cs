using System.IO;
using Ornament.Fuzz;
using Ornament.Testing;

namespace Ornament.Cli.Tests.Fuzz;

/// <summary>The CI share of fuzzing (README "Fuzzing"): a short seeded run of every parser, and every input a
/// fuzzing run ever crashed or hung on, kept under FuzzRegressions/PARSER/, replayed. The long run is
/// `dotnet run --project tests/Ornament.Fuzz -c Release -- --inputs 100000`.</summary>
public class FuzzTests
{
    /// <summary>Inputs per parser in CI: a few thousand in well under a minute for all five.</summary>
    private const int SmokeInputs = 2500;

    public static TheoryData<string> Parsers => new(Targets.Names);

    [Theory]
    [MemberData(nameof(Parsers))]
    public void A_short_seeded_run_finds_no_undocumented_exception_and_no_slow_input(string parser)
    {
        var report = FuzzRunner.Run(parser, SmokeInputs, seed: 20261122);
        Assert.True(report.Crashes.Count == 0, $"{parser}: {string.Join("\n", report.Crashes)}");
        Assert.True(report.Refused > 0 && report.Refused < report.Inputs, $"{parser}: the mutants should be a mix of refused and accepted ({report})");
        if (report.SlowestMs >= 1000)
        {
            // The machine may be busy: time the slowest input again, alone, before calling it slow.
            var again = System.Diagnostics.Stopwatch.StartNew();
            FuzzRunner.Replay(parser, report.SlowestInput);
            Assert.True(again.ElapsedMilliseconds < 1000, $"{parser}: an input of {report.SlowestInput.Length} bytes took {again.ElapsedMilliseconds} ms (limit 1 s)");
        }
    }

    public static TheoryData<string, string> Regressions
    {
        get
        {
            var data = new TheoryData<string, string>();
            var root = Path.Combine(ReferenceImage.RepoRoot, "tests", "Ornament.Cli.Tests", "FuzzRegressions");
            foreach (var dir in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
            {
                foreach (var file in Directory.GetFiles(dir).Order(StringComparer.Ordinal))
                {
                    data.Add(Path.GetFileName(dir), Path.GetFileName(file));
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Regressions))]
    public async Task A_kept_crashing_input_now_gets_the_documented_error_or_a_result(string parser, string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(ReferenceImage.RepoRoot, "tests", "Ornament.Cli.Tests", "FuzzRegressions", parser, file));
        var error = await Task.Run(() => FuzzRunner.Replay(parser, bytes)).WaitAsync(TimeSpan.FromSeconds(60)); // TimeoutException = still hangs
        Assert.True(error is null, $"{parser}/{file}: {error}");
    }
}
