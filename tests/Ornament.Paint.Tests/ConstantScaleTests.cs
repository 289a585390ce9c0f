using Ornament.Raster;

namespace Ornament.Paint.Tests;

public class ConstantScaleTests
{
    [Fact]
    public void Every_multiplier_gives_div255_exactly_for_every_byte()
    {
        // The rounding high multiply (d·m + 2^14) >> 15 must equal Div255(d·k) for all 65536 pairs.
        var m = ConstantScale.Multipliers;
        Assert.Equal(256, m.Length);
        for (int k = 0; k < 256; k++)
        {
            for (int d = 0; d < 256; d++)
            {
                Assert.True(((d * m[k]) + 16384) >> 15 == Compositor.Div255(d * k), $"k={k} d={d}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(KernelTwinTests.AllWidths), MemberType = typeof(KernelTwinTests))]
    public void Constant_runs_match_the_scalar_oracle_for_every_alpha_and_every_destination_byte(int w)
    {
        // Every destination byte value in every channel (pixel i holds i in all four), under a source of each alpha:
        // the vector kernels' one-instruction scaling must write exactly what the per-byte formula writes.
        const int n = 256 + 13; // the blocks, the single-block loop and the per-pixel tail all run
        for (int a = 0; a < 256; a++)
        {
            foreach (var c in new[] { new PremulRgba8(0, 0, 0, (byte)a), new PremulRgba8((byte)(a / 3), (byte)a, (byte)(a / 2), (byte)a) })
            {
                var dst = new byte[n * 4];
                for (int i = 0; i < n; i++)
                {
                    dst.AsSpan(i * 4, 4).Fill((byte)(i & 255));
                }

                var expected = (byte[])dst.Clone();
                SourceOverKernels.ConstantScalar(expected, c);
                SourceOverKernels.SolidConstant(dst, 255, c, (SimdWidth)w);
                Assert.Equal(expected, dst);
            }
        }
    }
}
