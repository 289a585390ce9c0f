using System.IO;
using IOPath = System.IO.Path;
using Ornament.Encode;
using Ornament.Generators.Recipes;
using Ornament.Geometry;
using Ornament.Paint;

namespace Ornament.Api.Tests;

/// <summary>The Artwork facade: same bytes as the shared encoder (and so as the CLI), async = sync, progress,
/// cancellation, concurrency, options validation, raw pixel hand-off.</summary>
public class ArtworkTests
{
    private static readonly ArtworkOptions Small = new() { Width = 160 };

    private static Artwork Carpet() => Artwork.FromStory("bekzat-balode", Small with { Kind = ArtworkKind.Ornament, Style = "syrmak" });

    [Fact]
    public void Png_bytes_are_the_shared_encoder_bytes_with_the_recipe_inside()
    {
        var art = Carpet();
        var bytes = art.ToBytes(ImageFormat.Png);
        using var ms = new MemoryStream();
        SceneEncoder.Write(RecipeScene.Build(art.Recipe!), ms, ImageFormat.Png, art.Width, art.Height, art.Recipe!.Dpi);
        Assert.Equal(ms.ToArray(), bytes);
        var png = PngDecoder.Decode(bytes);
        Assert.Equal(RecipeJson.Serialize(art.Recipe!), png.Text[SceneEncoder.RecipeKeyword]);
        Assert.Equal((art.Width, art.Height), (png.Pixmap.Width, png.Pixmap.Height));
    }

    [Fact]
    public void Saved_files_round_trip_their_recipe_and_bytes()
    {
        var dir = Directory.CreateTempSubdirectory("ornament-api-").FullName;
        var art = Carpet();
        var png = IOPath.Combine(dir, "a.png");
        var svg = IOPath.Combine(dir, "a.SVG");
        art.Save(png);
        art.Save(svg);
        Assert.StartsWith("<?xml", File.ReadAllText(svg), StringComparison.Ordinal);
        var again = Artwork.FromRecipe(Artwork.ReadRecipe(png));
        Assert.Equal(File.ReadAllBytes(png), again.ToBytes(ImageFormat.Png));
        Assert.Equal(File.ReadAllBytes(png), Artwork.FromRecipe(Artwork.ReadRecipe(svg)).ToBytes(ImageFormat.Png));
        Assert.Empty(Directory.GetFiles(dir, "*.tmp"));
    }

    [Fact]
    public async Task Async_render_with_threads_gives_the_same_pixels_and_reports_progress_to_one()
    {
        var art = Carpet().WithSize(160, 300);
        var sync = art.Render();
        var reports = new List<double>();
        var progress = new SyncProgress(reports);
        var pixmap = await art.RenderAsync(progress: progress);
        Assert.True(sync.ReadOnlyData.SequenceEqual(pixmap.ReadOnlyData));
        var threaded = await art.RenderAsync(new RenderSettings { Threads = 3 });
        Assert.True(sync.ReadOnlyData.SequenceEqual(threaded.ReadOnlyData));
        Assert.True(reports.Count >= 2, $"{reports.Count} progress reports for {art.Width}×{art.Height}: {string.Join(", ", reports)}");
        Assert.Equal(1.0, reports[^1]);
        Assert.True(reports.Zip(reports.Skip(1)).All(p => p.First < p.Second), string.Join(", ", reports));
    }

    [Fact]
    public async Task SaveAsync_writes_the_same_bytes_as_Save()
    {
        var art = Carpet();
        using var ms = new MemoryStream();
        await art.SaveAsync(ms, ImageFormat.Png, new RenderSettings { Threads = 2 });
        Assert.Equal(art.ToBytes(ImageFormat.Png), ms.ToArray());
        using var svg = new MemoryStream();
        await art.SaveAsync(svg, ImageFormat.Svg);
        Assert.Equal(art.ToBytes(ImageFormat.Svg), svg.ToArray());
    }

    [Fact]
    public async Task Cancellation_stops_the_render_and_leaves_no_file()
    {
        var dir = Directory.CreateTempSubdirectory("ornament-api-").FullName;
        var art = Carpet().WithSize(160, 300);
        using var cts = new CancellationTokenSource();
        int reports = 0;
        var progress = new CallbackProgress(_ =>
        {
            reports++;
            cts.Cancel();
        });
        var path = IOPath.Combine(dir, "x.png");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => art.SaveAsync(path, progress: progress, cancellationToken: cts.Token));
        Assert.Equal(1, reports);
        Assert.Empty(Directory.GetFiles(dir));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => art.RenderAsync(cancellationToken: cts.Token));
    }

    [Fact]
    public void Many_renders_at_once_give_identical_bytes()
    {
        var arts = new[] { Carpet(), Artwork.FromStory("bekzat-popov", new ArtworkOptions { Width = 200, Height = 130 }) };
        var expected = arts.Select(a => a.ToBytes(ImageFormat.Png)).ToArray();
        var results = new byte[16][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            results[i] = arts[i % 2].ToBytes(ImageFormat.Png, new RenderSettings { Threads = 1 + (i % 3) }));
        for (int i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % 2], results[i]);
        }
    }

    [Fact]
    public void A_scene_of_your_own_renders_and_hands_off_straight_rgba()
    {
        var path = new PathBuilder().MoveTo(2, 2).LineTo(30, 2).LineTo(16, 30).Close().Build();
        var scene = new SceneBuilder(32, 32) { Background = new Rgba8(255, 255, 255, 0) }
            .Fill(path, new Rgba8(200, 40, 40, 128))
            .Build();
        var art = Artwork.FromScene(scene);
        Assert.Equal((32, 32), (art.Width, art.Height));
        var pm = art.Render();
        var straight = new byte[pm.ByteCount + 4];
        straight[^1] = 77;
        pm.CopyStraightRgbaTo(straight);
        Assert.Equal(pm.ToStraightRgba(), straight[..pm.ByteCount]);
        Assert.Equal(77, straight[^1]);
        int i = (20 * pm.Stride) + (16 * 4);
        // 200 at alpha 128 premultiplies to 100, which un-premultiplies to 199: the exact-rounding round trip.
        Assert.Equal(new byte[] { 199, 40, 40, 128 }, straight[i..(i + 4)]);
        Assert.Equal(pm.Height * pm.Stride, pm.ReadOnlyData.Length);
        var ex = Assert.Throws<ArgumentException>(() => pm.CopyStraightRgbaTo(new byte[10]));
        Assert.Contains("needs 4096", ex.Message, StringComparison.Ordinal);
        Assert.Null(PngDecoder.Decode(art.ToBytes(ImageFormat.Png)).Text.GetValueOrDefault(SceneEncoder.RecipeKeyword));
    }

    [Fact]
    public void Options_are_checked_where_they_are_set_with_the_property_named()
    {
        Assert.Equal("Width", Assert.Throws<ArgumentOutOfRangeException>(() => new ArtworkOptions { Width = 5 }).ParamName);
        Assert.Equal("Height", Assert.Throws<ArgumentOutOfRangeException>(() => new ArtworkOptions { Height = 20001 }).ParamName);
        Assert.Contains("syrmak", Assert.Throws<ArgumentException>(() => new ArtworkOptions { Style = "kilim" }).Message, StringComparison.Ordinal);
        Assert.Equal("Scene", Assert.Throws<ArgumentException>(() => new ArtworkOptions { Scene = "sea" }).ParamName);
        Assert.Equal("Variation", Assert.Throws<ArgumentException>(() => new ArtworkOptions { Variation = "not a code!" }).ParamName);
        Assert.Contains("key=value", Assert.Throws<ArgumentException>(() => new ArtworkOptions { Settings = ["nokey"] }).Message, StringComparison.Ordinal);
        Assert.Contains("unknown key 'colour'", Assert.Throws<ArgumentException>(() => new ArtworkOptions { Settings = ["colour=red"] }).Message, StringComparison.Ordinal);
        Assert.Equal("Kind", Assert.Throws<ArgumentOutOfRangeException>(() => new ArtworkOptions { Kind = (ArtworkKind)9 }).ParamName);
        Assert.Equal("Threads", Assert.Throws<ArgumentOutOfRangeException>(() => new RenderSettings { Threads = 0 }).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new RenderSettings { Threads = 257 });
    }

    [Fact]
    public void Bad_inputs_fail_with_argument_errors_that_name_them()
    {
        Assert.Contains("bekzat-popov", Assert.Throws<ArgumentException>(() => Artwork.FromStory("nope")).Message, StringComparison.Ordinal);
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => Artwork.FromText("  ")).ParamName);
        var bad = Assert.Throws<ArgumentException>(() => Artwork.FromText("felt", new ArtworkOptions { Palette = "no-such-palette" }));
        Assert.Contains("no-such-palette", bad.Message, StringComparison.Ordinal);
        Assert.Contains(".png or .svg", Assert.Throws<ArgumentException>(() => Carpet().Save("x.jpg")).Message, StringComparison.Ordinal);
        var scene = new SceneBuilder(10, 10).Build();
        Assert.Equal("width", Assert.Throws<ArgumentOutOfRangeException>(() => Artwork.FromScene(scene, 0, 10)).ParamName);
        Assert.Equal("dpi", Assert.Throws<ArgumentOutOfRangeException>(() => Artwork.FromScene(scene, 10, 10, -1)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Carpet().Save(new MemoryStream(), (ImageFormat)7));
    }

    [Fact]
    public void Options_shape_the_recipe()
    {
        var art = Artwork.FromText("the wide steppe at dawn", new ArtworkOptions { Kind = ArtworkKind.Landscape, Scene = "desert", Width = 300, Height = 200, Variation = "3F7K2Q", Settings = ["landscape.time=night"] });
        Assert.Equal(("landscape", "desert", "night"), (art.Recipe!.Mode, art.Recipe.Landscape.Scene, art.Recipe.Landscape.Time));
        Assert.Equal((300, 200), (art.Width, art.Height));
        Assert.Equal("3F7K2Q", art.Recipe.Variation?.Code);
        Assert.Equal((64, 32), (art.WithSize(64, 32).Width, art.WithSize(64, 32).Height));
    }

    /// <summary>Reports synchronously (Progress&lt;T&gt; would post to the thread pool and race the assertions).</summary>
    private sealed class SyncProgress(List<double> list) : IProgress<double>
    {
        public void Report(double value)
        {
            lock (list)
            {
                list.Add(value);
            }
        }
    }

    private sealed class CallbackProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
