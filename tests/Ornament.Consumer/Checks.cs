using System.IO;
using Ornament;
using Ornament.Encode;
using Ornament.Geometry;
using Ornament.Paint;

/// <summary>Checks what the README example did, through the public API of the packages only, then builds a scene of
/// its own. Prints one line per failure and returns 1 if any check failed.</summary>
internal static class Checks
{
    public static int Run(Artwork art, Pixmap pixmap, byte[] rgba)
    {
        var failures = new List<string>();
        void Check(bool ok, string what)
        {
            if (!ok)
            {
                failures.Add(what);
            }
        }

        var png = PngDecoder.Decode(File.ReadAllBytes("carpet.png"));
        Check(png.Pixmap.Width == 400 && png.Pixmap.Height == pixmap.Height, $"carpet.png is {png.Pixmap.Width}×{png.Pixmap.Height}, expected 400×{pixmap.Height}");
        Check(png.Text.ContainsKey(SceneEncoder.RecipeKeyword), "carpet.png carries no recipe");
        Check(png.Pixmap.ReadOnlyData.SequenceEqual(pixmap.ReadOnlyData), "carpet.png differs from the async render");
        Check(File.ReadAllText("carpet.svg").Contains("<svg", StringComparison.Ordinal), "carpet.svg is not an SVG");
        Check(art.Recipe!.Ornament.Technique == "syrmak", $"the text asked for a syrmak, got {art.Recipe.Ornament.Technique}");
        Check(rgba.Length == pixmap.Stride * pixmap.Height, "straight RGBA has the wrong length");
        int centre = ((pixmap.Height / 2) * pixmap.Stride) + (pixmap.Width / 2 * 4);
        Check(rgba[centre + 3] == 255, "the carpet's centre is not opaque");
        var again = Artwork.FromRecipe(Artwork.ReadRecipe("carpet.png"));
        Check(again.ToBytes(ImageFormat.Png).AsSpan().SequenceEqual(File.ReadAllBytes("carpet.png")), "re-rendering the recipe in carpet.png gives other bytes");

        // A scene of one's own: a gradient triangle over a cream ground.
        var triangle = new PathBuilder().MoveTo(8, 56).LineTo(32, 8).LineTo(56, 56).Close().Build();
        var gradient = new LinearGradient(new Vec2(0, 8), new Vec2(0, 56), [new GradientStop(0, new Rgba8(176, 40, 46, 255)), new GradientStop(1, new Rgba8(30, 40, 90, 255))]);
        var scene = new SceneBuilder(64, 64) { Background = new Rgba8(241, 231, 208, 255) }.Fill(triangle, gradient).Build();
        Artwork.FromScene(scene).Save("own.png");
        var own = PngDecoder.Decode(File.ReadAllBytes("own.png")).Pixmap;
        Check(own.GetPixel(2, 2) == new PremulRgba8(241, 231, 208, 255), $"own.png corner is {own.GetPixel(2, 2)}");
        var mid = own.GetPixel(32, 40);
        Check(mid.R < 160 && mid.B > 50, $"own.png triangle pixel is {mid}");

        foreach (var f in failures)
        {
            Console.Error.WriteLine("consumer check failed: " + f);
        }

        Console.WriteLine(failures.Count == 0 ? "consumer: all checks passed" : $"consumer: {failures.Count} check(s) failed");
        return failures.Count == 0 ? 0 : 1;
    }
}
