using Ornament.Cli.Batch;
using Ornament.Paint;

namespace Ornament.Cli.Tests.Batch;

/// <summary>The thumbnail filter: each output pixel is the area-weighted mean of the source pixels it covers.</summary>
public class BoxDownscaleTests
{
    [Fact]
    public void Halving_averages_each_two_by_two_block_and_a_third_shrink_weights_partial_pixels()
    {
        var src = new Pixmap(6, 2);
        for (int x = 0; x < 6; x++)
        {
            byte v = (byte)(x * 40);
            src.SetPixel(x, 0, new PremulRgba8(v, v, v, 255));
            src.SetPixel(x, 1, new PremulRgba8((byte)(v + 10), (byte)(v + 10), (byte)(v + 10), 255));
        }

        var half = BoxDownscale.Resize(src, 3, 1);
        Assert.Equal(new PremulRgba8(25, 25, 25, 255), half.GetPixel(0, 0)); // (0+40+10+50)/4
        Assert.Equal(new PremulRgba8(105, 105, 105, 255), half.GetPixel(1, 0));

        // 6 → 4 columns: output 1 covers source 1.5 … 3.0: half of column 1, all of column 2.
        var four = BoxDownscale.Resize(src, 4, 1);
        double expected = ((0.5 * 40) + 80 + (0.5 * 50) + 90) / 3.0;
        Assert.Equal((byte)Math.Floor(expected + 0.5), four.GetPixel(1, 0).R);
        Assert.Equal((3, 2), BoxDownscale.Fit(300, 200, 3));
        Assert.Equal((30, 20), BoxDownscale.Fit(30, 20, 64));
    }
}
