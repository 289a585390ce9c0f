using System.Globalization;
using System.IO;
using Ornament.Encode;
using Ornament.Paint;

namespace Ornament.Testing;

/// <summary>The SVG oracle: renders SVG text with rsvg-convert (librsvg2-bin) and decodes the PNG it writes with our
/// decoder. A missing tool fails the calling test with the install command; it never skips.</summary>
public static class Rsvg
{
    /// <summary>rsvg-convert's rendering of <paramref name="svg"/> at width × height, as straight RGBA bytes.</summary>
    public static byte[] RenderStraightRgba(string svg, int width, int height)
    {
        var dir = Directory.CreateTempSubdirectory("ornament-rsvg-").FullName;
        try
        {
            string input = System.IO.Path.Combine(dir, "in.svg"), output = System.IO.Path.Combine(dir, "out.png");
            File.WriteAllText(input, svg);
            var r = ExternalTool.Run("rsvg-convert", "librsvg2-bin",
                ["-w", width.ToString(CultureInfo.InvariantCulture), "-h", height.ToString(CultureInfo.InvariantCulture), "-f", "png", "-o", output, input],
                TimeSpan.FromSeconds(120));
            Xunit.Assert.True(r.ExitCode == 0, $"rsvg-convert failed ({r.ExitCode}): {r.StandardError}");
            var image = PngDecoder.Decode(File.ReadAllBytes(output)).Pixmap;
            Xunit.Assert.Equal((width, height), (image.Width, image.Height));
            return image.ToStraightRgba();
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}

/// <summary>Per-channel difference statistics of two straight RGBA images, as ../shared/peers/imgdiff.py computes them.</summary>
/// <param name="MeanAbs">Mean |a − b| over every channel (0…255).</param>
/// <param name="PercentOver8">Share of pixels whose largest channel difference exceeds 8, in percent.</param>
/// <param name="PercentOver2">Share of pixels whose largest channel difference exceeds 2, in percent.</param>
/// <param name="MaxAbs">Largest channel difference.</param>
public readonly record struct ImageDiff(double MeanAbs, double PercentOver8, double PercentOver2, int MaxAbs)
{
    /// <summary>Compares two equally sized straight RGBA buffers.</summary>
    public static ImageDiff Compare(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        Xunit.Assert.Equal(a.Length, b.Length);
        long sum = 0;
        int over8 = 0, over2 = 0, max = 0;
        for (int i = 0; i < a.Length; i += 4)
        {
            int worst = 0;
            for (int c = 0; c < 4; c++)
            {
                int d = Math.Abs(a[i + c] - b[i + c]);
                sum += d;
                worst = Math.Max(worst, d);
            }

            max = Math.Max(max, worst);
            over8 += worst > 8 ? 1 : 0;
            over2 += worst > 2 ? 1 : 0;
        }

        int px = Math.Max(1, a.Length / 4);
        return new ImageDiff((double)sum / Math.Max(1, a.Length), 100.0 * over8 / px, 100.0 * over2 / px, max);
    }

    /// <summary>Our scene rendered by SceneRenderer against rsvg-convert's rendering of our SVG of it.</summary>
    public static ImageDiff SceneVersusRsvg(Scene scene, int width, int height)
    {
        var ours = SceneRenderer.Render(scene, width, height).ToStraightRgba();
        var svg = SvgWriter.Write(scene, new SvgWriteOptions { Width = width, Height = height });
        return Compare(ours, Rsvg.RenderStraightRgba(svg, width, height));
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"mean {MeanAbs:0.###}, >8: {PercentOver8:0.###} %, >2: {PercentOver2:0.###} %, max {MaxAbs}");
}
