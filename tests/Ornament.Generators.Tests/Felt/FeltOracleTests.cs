using Ornament.Generators.Felt;
using Ornament.Paint;
using Ornament.Testing;

namespace Ornament.Generators.Tests.Felt;

public class FeltOracleTests
{
    private static Scene SmallSyrmak() =>
        FeltCarpetGenerator.Generate(new FeltOptions(FeltTechnique.Syrmak, SeedPath.FromText("steppe"), Texture: false, Aspect: 1.25));

    [Fact]
    public void Syrmak_without_texture_matches_rsvg_rendering_of_its_svg()
    {
        var scene = SmallSyrmak();
        int w = 320, h = (int)Math.Round(w * scene.Height / scene.Width);
        var d = ImageDiff.SceneVersusRsvg(scene, w, h);
        Assert.True(d.MeanAbs <= 0.5, $"mean {d.MeanAbs}");
        Assert.True(d.PercentOver8 <= 1, $"{d.PercentOver8} % of pixels differ by more than 8");
    }

    [Fact]
    public void Syrmak_picture_does_not_depend_on_render_size()
    {
        var scene = SmallSyrmak();
        int w = 500, h = (int)Math.Round(w * scene.Height / scene.Width);
        var small = SceneRenderer.Render(scene, w, h);
        var big = SceneRenderer.Render(scene, w * 4, h * 4);
        long sum = 0;
        for (int y = 0; y < h; y++)
        {
            var row = small.Row(y);
            for (int x = 0; x < w; x++)
            {
                for (int c = 0; c < 4; c++)
                {
                    int acc = 0;
                    for (int dy = 0; dy < 4; dy++)
                    {
                        var br = big.Row((y * 4) + dy);
                        for (int dx = 0; dx < 4; dx++)
                        {
                            acc += br[((((x * 4) + dx) * 4) + c)];
                        }
                    }

                    sum += Math.Abs(((acc + 8) / 16) - row[(x * 4) + c]);
                }
            }
        }

        double mean = (double)sum / (w * h * 4);
        Assert.True(mean <= 3, $"mean abs {mean} between 500 px and 2000 px box-downscaled by 4");
    }
}
