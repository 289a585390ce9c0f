using Ornament.Raster;

namespace Ornament.Paint.Tests;

public class CompositingFormulaTests
{
    [Fact]
    public void Source_over_of_an_8_bit_source_matches_the_real_number_formula_within_one_level()
    {
        var rng = new TestRandom(20);
        for (int trial = 0; trial < 4000; trial++)
        {
            var dst = rng.PremulPixels(1);
            var src = rng.PremulPixels(1);
            var d = (byte[])dst.Clone();
            SourceOverKernels.Masked(d, src, [255], SimdWidth.Scalar);
            double sa = src[3] / 255.0;
            for (int ch = 0; ch < 4; ch++)
            {
                double exact = src[ch] + (dst[ch] * (1 - sa));
                Assert.InRange(d[ch], exact - 1, exact + 1);
            }
        }
    }

    [Fact]
    public void Source_over_through_coverage_matches_the_real_number_formula_within_two_levels()
    {
        // Coverage scaling rounds the source once more, so the bound is one level looser than full coverage.
        var rng = new TestRandom(21);
        for (int trial = 0; trial < 4000; trial++)
        {
            var dst = rng.PremulPixels(1);
            var c = new Rgba8(rng.Byte(), rng.Byte(), rng.Byte(), rng.Byte()).Premultiply();
            byte cov = rng.Byte();
            var d = (byte[])dst.Clone();
            SourceOverKernels.Solid(d, [cov], c, SimdWidth.Scalar);
            double k = cov / 255.0, sa = c.A * k / 255.0;
            double[] s = [c.R * k, c.G * k, c.B * k, c.A * k];
            for (int ch = 0; ch < 4; ch++)
            {
                double exact = s[ch] + (dst[ch] * (1 - sa));
                Assert.InRange(d[ch], exact - 2, exact + 2);
            }
        }
    }

    [Theory]
    [InlineData(BlendMode.Multiply)]
    [InlineData(BlendMode.Screen)]
    public void Blend_modes_match_the_W3C_formulas_within_one_level(BlendMode mode)
    {
        var rng = new TestRandom(22);
        for (int trial = 0; trial < 4000; trial++)
        {
            var dst = rng.PremulPixels(1);
            var src = rng.PremulPixels(1);
            var d = (byte[])dst.Clone();
            BlendPixel.Apply(d, new PremulRgba8(src[0], src[1], src[2], src[3]), mode);
            double sa = src[3] / 255.0, da = dst[3] / 255.0;
            for (int ch = 0; ch < 3; ch++)
            {
                // W3C: co = cs·(1 − ad) + cd·(1 − as) + as·ad·B(Cs, Cd) with straight Cs, Cd.
                double cs = src[ch] / 255.0, cd = dst[ch] / 255.0;
                double us = sa > 0 ? cs / sa : 0, ud = da > 0 ? cd / da : 0;
                double b = mode == BlendMode.Multiply ? us * ud : us + ud - (us * ud);
                double co = (cs * (1 - da)) + (cd * (1 - sa)) + (sa * da * b);
                Assert.InRange(d[ch], (co * 255) - 1, (co * 255) + 1);
            }

            double ao = sa + (da * (1 - sa));
            Assert.InRange(d[3], (ao * 255) - 1, (ao * 255) + 1);
        }
    }
}
