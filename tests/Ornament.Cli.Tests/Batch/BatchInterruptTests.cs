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

        using (var p = Start(args))
        {
            WaitForRecords(p, records, 3);
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

    [Fact]
    public void A_series_stopped_with_sigint_finishes_the_items_in_flight_writes_the_manifest_and_exits_130()
    {
        var inputs = SeriesFixture.Inputs();
        var outDir = Path.Combine(CliRunner.TempDir(), "series");
        string[] args = SeriesFixture.Args(inputs, outDir, "--count", "8", "--jobs", "1");
        string records = Path.Combine(outDir, "items");
        int code;
        using (var p = Start(args))
        {
            WaitForRecords(p, records, 2);
            using (var kill = Process.Start("kill", ["-INT", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                kill.WaitForExit();
            }

            Assert.True(p.WaitForExit(TimeSpan.FromMinutes(2)), "the batch did not stop after SIGINT");
            code = p.ExitCode;
        }

        Assert.Equal(130, code);
        using (var manifest = SeriesFixture.Manifest(outDir))
        {
            int done = manifest.RootElement.GetProperty("done").GetInt32();
            Assert.False(manifest.RootElement.GetProperty("complete").GetBoolean());
            Assert.Equal(RecordCount(records), done);
            Assert.Equal(done, manifest.RootElement.GetProperty("items").GetArrayLength());
            Assert.InRange(done, 2, 23);
        }

        Assert.Empty(Directory.GetFiles(outDir, "*.tmp", SearchOption.AllDirectories));
        var (again, _, err) = CliRunner.Run(args);
        Assert.True(again == 0, err);
        using var complete = SeriesFixture.Manifest(outDir);
        Assert.True(complete.RootElement.GetProperty("complete").GetBoolean());
    }

    private static Process Start(string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        psi.ArgumentList.Add(OrnamentDll());
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        var p = Process.Start(psi)!;
        p.ErrorDataReceived += (_, _) => { };
        p.OutputDataReceived += (_, _) => { };
        p.BeginErrorReadLine();
        p.BeginOutputReadLine();
        return p;
    }

    private static void WaitForRecords(Process p, string records, int count)
    {
        var clock = Stopwatch.StartNew();
        while (RecordCount(records) < count)
        {
            Assert.False(p.HasExited, "the batch ended before it could be stopped");
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(4), "no item appeared in time");
            Thread.Sleep(20);
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
