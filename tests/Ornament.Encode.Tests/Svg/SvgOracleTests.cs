using Ornament.Testing;
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

    [Fact]
    public void Gradient_scenes_render_like_rsvg() => Check(OracleScenes.Gradients());

    private void Check(IEnumerable<(string Name, Scene Scene)> scenes)
    {
        var failures = new List<string>();
        foreach (var (name, scene) in scenes)
        {
            foreach (int size in new[] { OracleScenes.Size, 2 * OracleScenes.Size })
            {
                var d = ImageDiff.SceneVersusRsvg(scene, size, size);
                string line = $"{name}@{size}: {d}";
                output.WriteLine(line);
                if (d.MeanAbs > MaxMeanAbs || d.PercentOver8 > 100 * (1 - MinShareWithin8))
                {
                    failures.Add(line);
                }
            }
        }

        Assert.True(failures.Count == 0, "rsvg disagrees: " + string.Join("; ", failures));
    }
}
