using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Ornament.Encode;
using Ornament.Paint;

namespace Ornament.Cli.Commands;

/// <summary>`ornament bench IN.svg [-o OUT.png] [--repeat N] [--threads N]`: the peer-harness contract of
/// ../shared/peers — parse once, one untimed warm-up, then N timed frames of clear + every fill; one JSON line.</summary>
internal static class BenchCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new Argument<string>("input") { Description = "The SVG scene to time." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the last frame to this PNG (not timed)." };
        var repeat = new Option<int>("--repeat") { Description = "Timed frames.", DefaultValueFactory = _ => 5 };
        var threads = new Option<int>("--threads") { Description = "Worker threads.", DefaultValueFactory = _ => 1 };
        var cmd = new Command("bench", "Time rasterization of an SVG scene; prints one JSON line (same keys as the peer runners).")
        {
            input, output, repeat, threads,
        };
        cmd.SetAction(pr =>
        {
            string inPath = pr.GetValue(input)!;
            int n = pr.GetValue(repeat), t = pr.GetValue(threads);
            if (n < 1 || n > 100000)
            {
                throw CliException.Usage($"--repeat {n} is out of range (1…100000)");
            }

            if (t < 1 || t > 256)
            {
                throw CliException.Usage($"--threads {t} is out of range (1…256)");
            }

            var sw = Stopwatch.StartNew();
            var doc = SvgInput.Load(inPath);
            double parseMs = sw.Elapsed.TotalMilliseconds;
            var (w, h) = SvgInput.PixelSize(doc, inPath);
            var pixmap = new Pixmap(w, h);
            var options = new RenderOptions { Threads = t };
            SceneRenderer.Render(doc.Scene, pixmap, options); // warm-up, untimed
            var times = new double[n];
            for (int i = 0; i < n; i++)
            {
                long start = Stopwatch.GetTimestamp();
                SceneRenderer.Render(doc.Scene, pixmap, options);
                times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }

            if (pr.GetValue(output) is { } outPath)
            {
                AtomicFile.Write(outPath, s => PngEncoder.Encode(pixmap, s), console.OpenStdout());
            }

            Array.Sort(times);
            double median = n % 2 == 1 ? times[n / 2] : (times[(n / 2) - 1] + times[n / 2]) / 2;
            var line = new Dictionary<string, object>
            {
                ["file"] = inPath,
                ["width"] = w,
                ["height"] = h,
                ["paths"] = SvgInput.CountDrawItems(doc.Scene.Items),
                ["elements"] = SvgInput.CountDrawItems(doc.Scene.Items),
                ["repeat"] = n,
                ["threads"] = t,
                ["min_ms"] = Math.Round(times[0], 3),
                ["median_ms"] = Math.Round(median, 3),
                ["parse_ms"] = Math.Round(parseMs, 3),
            };
            console.Out.WriteLine(JsonSerializer.Serialize(line));
            return ExitCodes.Success;
        });
        return cmd;
    }
}
