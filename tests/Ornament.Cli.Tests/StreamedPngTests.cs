using System.Diagnostics;
using System.Globalization;
using System.IO;
using Ornament.Cli.Commands;
using Ornament.Encode;
using Ornament.Generators.Recipes;
using Ornament.Geometry;
using Ornament.Paint;
using Ornament.Testing;
using Path = System.IO.Path;

namespace Ornament.Cli.Tests;

/// <summary>`ornament render` streams PNGs band by band (<see cref="StreamedPng"/>): the file must equal the
/// whole-pixmap encoding byte for byte, and a large render must not hold the picture.</summary>
public class StreamedPngTests
{
    [Theory]
    [InlineData("--story", "bekzat-balode", 1)] // felt carpet
    [InlineData("--story", "bekzat-popov", 2)] // photographic landscape
    [InlineData("--story", "bakhyt-naoko", 2)] // hybrid: landscape in a felt frame
    public void Cli_png_equals_the_whole_pixmap_encoding(string inputFlag, string input, int threads)
    {
        var dir = CliRunner.TempDir();
        var png = Path.Combine(dir, "s.png");
        // 600 rows; 301 columns: no vector-width multiple. (At this width a band holds all rows: the multi-band
        // stream is checked by Narrow_bands_overlapped_with_the_encoder_match_the_whole_encoding.)
        var (code, _, err) = CliRunner.Run("render", inputFlag, input, "--width", "301", "--height", "600", "--threads", threads.ToString(CultureInfo.InvariantCulture), "-o", png);
        Assert.True(code == 0, err);
        var streamed = File.ReadAllBytes(png);

        var recipe = RecipeFile.Read(png);
        var scene = RecipeScene.Build(recipe);
        var (w, h) = RecipeScene.PixelSize(recipe, scene);
        Assert.True(StreamedPng.Streams(scene, w, h), "the scene has an opaque background, so the CLI streams it");
        var options = new PngEncodeOptions { Dpi = recipe.Dpi, TextChunks = [new PngTextChunk(RecipeFile.PngKeyword, scene.Metadata!)] };
        var whole = PngEncoder.Encode(SceneRenderer.Render(scene, w, h, new RenderOptions { Threads = threads }), options);
        Assert.Equal(whole, streamed);

        var check = ExternalTool.Run("pngcheck", "pngcheck", [png]);
        Assert.True(check.ExitCode == 0, check.StandardOutput);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Narrow_bands_overlapped_with_the_encoder_match_the_whole_encoding(int threads)
    {
        var recipe = RecipeBuilder.FromText("the Tian Shan above Almaty in spring", null, ["mode=landscape", "landscape.scene=mountains", "width=301", "height=700"]);
        var scene = RecipeScene.Build(recipe);
        var options = new PngEncodeOptions();
        using var ms = new MemoryStream();
        StreamedPng.Write(scene, 301, 700, new RenderOptions { Threads = threads }, options, ms, bandRows: 64);
        Assert.Equal(PngEncoder.Encode(SceneRenderer.Render(scene, 301, 700), options), ms.ToArray());
    }

    [Fact]
    public void Bands_are_taller_for_narrower_pictures_within_bounds()
    {
        Assert.Equal(512, StreamedPng.RowsFor(3840));
        Assert.Equal(StreamedPng.BandRows, StreamedPng.RowsFor(20000));
        Assert.Equal(1024, StreamedPng.RowsFor(301));
    }

    [Fact]
    public void Verbose_render_reports_stage_times_and_drawn_items()
    {
        var dir = CliRunner.TempDir();
        var png = Path.Combine(dir, "v.png");
        var (code, _, err) = CliRunner.Run("render", "--kind", "landscape", "--text", "steppe", "--width", "200", "--height", "120", "--verbose", "-o", png);
        Assert.True(code == 0, err);
        var line = Assert.Single(err.Split('\n'), l => l.StartsWith("stages of ", StringComparison.Ordinal));
        Assert.Matches(@"scene build \d+\.\d\d s, render \+ PNG encode \d+\.\d\d s \(PNG encoding busy \d+\.\d\d s\)", line);
        Assert.Matches(@"; [\d,]+ drawn items", line);
        // A painterly landscape reports its strokes: brush strokes and grass blades, the bristle lanes apart.
        (code, _, err) = CliRunner.Run("render", "--kind", "landscape", "--text", "steppe", "--set", "landscape.style=painterly", "--width", "200", "--height", "120", "--verbose", "-o", png);
        Assert.True(code == 0, err);
        line = Assert.Single(err.Split('\n'), l => l.StartsWith("stages of ", StringComparison.Ordinal));
        Assert.Matches(@"drawn items, [\d,]+ strokes \([\d,]+ brush strokes, [\d,]+ grass blades(; [\d,]+ bristle lanes inside them)?\)$", line.TrimEnd());
        (code, _, err) = CliRunner.Run("render", "--kind", "landscape", "--text", "steppe", "--width", "200", "--height", "120", "-o", png);
        Assert.True(code == 0, err);
        Assert.DoesNotContain("stages of", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Transparent_scenes_take_the_two_pass_stream_and_still_match(bool coverEverything)
    {
        // No background: opacity is known only after rendering, so the first pass checks alpha band by band.
        var b = new SceneBuilder(100, 100);
        if (coverEverything)
        {
            b.Fill(Shapes.Rectangle(0, 0, 100, 100), new Rgba8(20, 90, 160));
        }

        b.Fill(Shapes.Circle(50, 50, 30), new Rgba8(200, 40, 30, 128));
        var scene = b.Build();
        var options = new PngEncodeOptions();
        // Small pictures (below wholeRenderPixels) are encoded as RGB alongside the render and fall back to RGBA.
        foreach (long whole in new[] { 0, StreamedPng.WholeRenderPixels })
        {
            foreach (var (w, h) in new[] { (97, 300), (64, 513) })
            {
                using var ms = new MemoryStream();
                StreamedPng.Write(scene, w, h, new RenderOptions { Threads = 2 }, options, ms, wholeRenderPixels: whole, bandRows: 64);
                var pixmap = SceneRenderer.Render(scene, w, h);
                Assert.Equal(coverEverything, pixmap.IsOpaque);
                Assert.Equal(PngEncoder.Encode(pixmap, options), ms.ToArray());
            }
        }
    }

    /// <summary>An 8000×8000 felt render (a 244 MiB pixmap if it were held) in a child process: its peak resident
    /// memory, read from /proc while it runs, stays below the picture. ~10 s on two cores.</summary>
    [Fact]
    public async Task A_large_streamed_render_keeps_peak_memory_bounded()
    {
        var dir = CliRunner.TempDir();
        var png = Path.Combine(dir, "big.png");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { typeof(CliApp).Assembly.Location, "render", "--kind", "ornament", "--style", "syrmak", "--text", "memory", "--width", "8000", "--height", "8000", "--threads", "2", "-o", png })
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        long peakKiB = 0;
        while (!p.HasExited)
        {
            peakKiB = Math.Max(peakKiB, ReadVmHwmKiB(p.Id));
            await Task.Delay(20);
        }

        await p.WaitForExitAsync();
        Assert.True(p.ExitCode == 0, await stderr);
        Assert.True(peakKiB > 0, "VmHWM was never read");
        long pixelBufferKiB = 8000L * 8000 * 4 / 1024;
        // Below the pixmap alone: a process that held the whole picture would need it plus the runtime (> 270 MiB).
        // Alone the render peaks near 130 MiB; while other test assemblies run beside it the collector lags and it has
        // reached 186 MiB, so a tighter bound (¾ of the pixmap, 183 MiB) measured the machine's load, not streaming.
        Assert.True(peakKiB < pixelBufferKiB, $"peak resident {peakKiB / 1024} MiB; the whole pixmap would be {pixelBufferKiB / 1024} MiB");
        var head = new byte[24];
        using (var f = File.OpenRead(png))
        {
            f.ReadExactly(head);
        }

        Assert.Equal((8000, 8000), (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(head.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(head.AsSpan(20))));
    }

    private static long ReadVmHwmKiB(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // the process ended between the check and the read
        }

        return 0;
    }
}
