using System.Diagnostics;
using System.IO;
using System.Text.Json;

namespace Ornament.Cli.Tests.Batch;

/// <summary>Resume after a hard kill: the real `ornament` process is killed with SIGKILL after a few items were
/// recorded; no file under a final name is partial; a rerun completes the series without touching what was done
/// and leaves no temporary file.</summary>
[Collection("batch")]
public class BatchInterruptTests
{
    [Fact]
    public void A_series_killed_with_sigkill_completes_on_rerun_without_touching_finished_items()
    {
        var inputs = SeriesFixture.Inputs();
        var outDir = Path.Combine(CliRunner.TempDir(), "series");
        string[] args = SeriesFixture.Args(inputs, outDir, "--count", "8", "--jobs", "1"); // 24 items, one at a time
        string records = Path.Combine(outDir, "items");

        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        psi.ArgumentList.Add(OrnamentDll());
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using (var p = Process.Start(psi)!)
        {
            p.ErrorDataReceived += (_, _) => { };
            p.OutputDataReceived += (_, _) => { };
            p.BeginErrorReadLine();
            p.BeginOutputReadLine();
            var clock = Stopwatch.StartNew();
            while (RecordCount(records) < 3)
            {
                Assert.False(p.HasExited, "the batch ended before it could be killed");
                Assert.True(clock.Elapsed < TimeSpan.FromMinutes(4), "no item appeared in time");
                Thread.Sleep(20);
            }

            p.Kill(); // SIGKILL on Unix: no handler runs, no cleanup happens
            p.WaitForExit();
        }

        int recorded = RecordCount(records);
        Assert.InRange(recorded, 3, 23);

        // Right after the kill: every file under a final name is whole (temporaries may remain; they are hidden).
        SeriesFixture.AssertPngsValid(outDir);
        foreach (var r in Directory.GetFiles(records, "*.json"))
        {
            using var _ = JsonDocument.Parse(File.ReadAllBytes(r));
        }

        // What the finished items left: their record, image and thumbnail, with times and hashes.
        var finished = Directory.GetFiles(records, "*.json").Select(Path.GetFileNameWithoutExtension).ToArray();
        var kept = finished.SelectMany(n => new[] { $"items/{n}.json", $"{n}.png", $"thumbs/{n}.png" })
            .ToDictionary(f => f, f => (File.GetLastWriteTimeUtc(Path.Combine(outDir, f)), SeriesFixture.Sha256(Path.Combine(outDir, f))));

        var (code, _, err) = CliRunner.Run(args);
        Assert.True(code == 0, err);
        Assert.Contains($"{recorded} already done, rendering {24 - recorded}", err, StringComparison.Ordinal);
        foreach (var (f, (time, sha)) in kept)
        {
            Assert.Equal(time, File.GetLastWriteTimeUtc(Path.Combine(outDir, f)));
            Assert.Equal(sha, SeriesFixture.Sha256(Path.Combine(outDir, f)));
        }

        using var manifest = SeriesFixture.Manifest(outDir);
        Assert.True(manifest.RootElement.GetProperty("complete").GetBoolean());
        Assert.Equal(24, manifest.RootElement.GetProperty("items").GetArrayLength());
        Assert.Empty(Directory.GetFiles(outDir, "*.tmp", SearchOption.AllDirectories));
        Assert.Equal(24, Directory.GetFiles(outDir, "0*.png").Length);
        SeriesFixture.AssertPngsValid(outDir);
        foreach (var item in manifest.RootElement.GetProperty("items").EnumerateArray())
        {
            foreach (var f in item.GetProperty("files").EnumerateArray().Append(item.GetProperty("thumb")))
            {
                Assert.Equal(f.GetProperty("sha256").GetString(), SeriesFixture.Sha256(Path.Combine(outDir, f.GetProperty("path").GetString()!)));
            }
        }
    }

    private static int RecordCount(string dir) => Directory.Exists(dir) ? Directory.GetFiles(dir, "*.json").Length : 0;

    // The CLI assembly the test project references; built next to the tests with its runtime config.
    private static string OrnamentDll()
    {
        var dll = typeof(CliApp).Assembly.Location;
        Assert.True(File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json")), "ornament.runtimeconfig.json is missing next to " + dll);
        return dll;
    }
}
