using System.Globalization;
using Ornament.Paint;
using Xunit.Abstractions;

namespace Ornament.Encode.Tests.Svg;

/// <summary>The SVG oracle: our SceneRenderer and rsvg-convert, given our SVG of the same scene, must agree up to
/// anti-aliasing differences.</summary>
public class SvgOracleTests(ITestOutputHelper output)
{
    private const double MaxMeanAbs = 0.5;
    private const double MinShareWithin8 = 0.99;

    [Fact]
    public void Solid_scenes_render_like_rsvg() => Check(OracleScenes.Solid());

    /// <summary>Needs gradient support in SceneRenderer (another branch); fails with NotSupportedException before.</summary>
    [Fact]
    public void Gradient_scenes_render_like_rsvg() => Check(OracleScenes.Gradients());

    private void Check(IEnumerable<(string Name, Scene Scene)> scenes)
    {
        var failures = new List<string>();
        foreach (var (name, scene) in scenes)
        {
            foreach (int size in new[] { OracleScenes.Size, 2 * OracleScenes.Size })
            {
                var ours = SceneRenderer.Render(scene, size, size).ToStraightRgba();
                string svg = SvgWriter.Write(scene, new SvgWriteOptions { Width = size, Height = size });
                var (w, h, theirs) = TestPngDecoder.Decode(Rsvg.RenderPng(svg, size, size));
                Assert.Equal((size, size), (w, h));
                long sum = 0;
                int over8 = 0, max = 0;
                for (int i = 0; i < ours.Length; i += 4)
                {
                    int worst = 0;
                    for (int c = 0; c < 4; c++)
                    {
                        int d = Math.Abs(ours[i + c] - theirs[i + c]);
                        sum += d;
                        worst = Math.Max(worst, d);
                    }

                    max = Math.Max(max, worst);
                    over8 += worst > 8 ? 1 : 0;
                }

                double mean = (double)sum / ours.Length;
                double within = 1 - ((double)over8 / (size * size));
                string line = string.Create(CultureInfo.InvariantCulture, $"{name}@{size}: mean_abs {mean:F3}, px>8 {100 * (1 - within):F2} %, max {max}");
                output.WriteLine(line);
                Console.WriteLine("ORACLE " + line);
                if (mean > MaxMeanAbs || within < MinShareWithin8)
                {
                    failures.Add(line);
                }
            }
        }

        Assert.True(failures.Count == 0, "rsvg disagrees: " + string.Join("; ", failures));
    }
}
