using System.Diagnostics;
using System.Globalization;
using System.IO;
using Ornament.Encode;
using Ornament.Encode.Png;
using Ornament.Paint;

namespace Ornament.Benchmarks;

/// <summary>The Ornament side of <c>png-vs-pil.py</c>: decodes each PNG with our decoder (the same pixels PIL
/// decodes), then times <see cref="PngEncoder.Encode(Pixmap, Stream, PngEncodeOptions?)"/> at one zlib level and
/// prints one tab-separated line per file: name, level, median milliseconds, minimum milliseconds, encoded bytes.
/// Run: <c>dotnet Ornament.Benchmarks.dll png-encode LEVEL REPS [--out DIR] FILE…</c>.</summary>
internal static class PngEncodeHarness
{
    public static int Run(string[] args)
    {
        int level = int.Parse(args[1], CultureInfo.InvariantCulture);
        int reps = int.Parse(args[2], CultureInfo.InvariantCulture);
        string? outDir = null;
        var files = new List<string>();
        for (int i = 3; i < args.Length; i++)
        {
            if (args[i] == "--out")
            {
                outDir = args[++i];
            }
            else
            {
                files.Add(args[i]);
            }
        }

        // Defaults are the encoder's. Experiments: ORNAMENT_PNG_HEURISTIC=MinSum|Entropy|EntropyOrNone,
        // ORNAMENT_PNG_FILTER=None|Sub|…, ORNAMENT_PNG_STRATEGY=Default|Filtered|RunLength….

        var options = new PngEncodeOptions
        {
            CompressionLevel = level,
            Filter = Enum.Parse<PngFilter>(Environment.GetEnvironmentVariable("ORNAMENT_PNG_FILTER") ?? nameof(PngFilter.Adaptive)),
            Heuristic = Enum.Parse<PngFilterHeuristic>(Environment.GetEnvironmentVariable("ORNAMENT_PNG_HEURISTIC") ?? nameof(PngFilterHeuristic.EntropyOrNone)),
            Strategy = Enum.Parse<System.IO.Compression.ZLibCompressionStrategy>(Environment.GetEnvironmentVariable("ORNAMENT_PNG_STRATEGY") ?? "Default"),
        };
        foreach (var file in files)
        {
            var pixmap = PngDecoder.Decode(File.ReadAllBytes(file)).Pixmap;
            using var ms = new MemoryStream(pixmap.Width * pixmap.Height * 4);
            PngEncoder.Encode(pixmap, ms, options); // warm-up: JIT and tables
            var times = new double[reps];
            for (int r = 0; r < reps; r++)
            {
                ms.SetLength(0);
                long t0 = Stopwatch.GetTimestamp();
                PngEncoder.Encode(pixmap, ms, options);
                times[r] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            }

            Array.Sort(times);
            if (outDir is not null)
            {
                File.WriteAllBytes(Path.Combine(outDir, Path.GetFileName(file)), ms.ToArray());
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(file)}\t{level}\t{times[reps / 2]:F2}\t{times[0]:F2}\t{ms.Length}"));
        }

        return 0;
    }
}
