using System.Runtime.Intrinsics;
using Ornament.Raster;

namespace Ornament.Paint.Tests;

public class KernelTwinTests
{
    public static TheoryData<int> VectorWidths => new() { (int)SimdWidth.Vector128, (int)SimdWidth.Vector256 };

    [Theory]
    [MemberData(nameof(AllWidths))]
    public void Solid_source_over_matches_the_per_byte_oracle(int w)
    {
        var rng = new TestRandom(11);
        for (int n = 0; n <= 67; n++)
        {
            for (int trial = 0; trial < 6; trial++)
            {
                var dst = rng.PremulPixels(n);
                var cov = rng.Coverage(n);
                byte a = trial % 2 == 0 ? (byte)255 : rng.Byte();
                var c = new Rgba8(rng.Byte(), rng.Byte(), rng.Byte(), a).Premultiply();
                var expected = (byte[])dst.Clone();
                Compositor.SourceOverSolid(expected, cov, c);
                SourceOverKernels.Solid(dst, cov, c, (SimdWidth)w);
                Assert.Equal(expected, dst);
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllWidths))]
    public void Short_spans_inside_a_longer_row_touch_only_their_pixels(int w)
    {
        // Edge spans of 1–9 pixels at every offset of a row: the per-pixel tail must write exactly its pixels, with
        // every coverage value (0, 255 and partial) and opaque, translucent and zero colours.
        var rng = new TestRandom(21);
        var colours = new[] { new PremulRgba8(10, 200, 30, 255), new PremulRgba8(50, 20, 90, 128), default };
        for (int len = 1; len <= 9; len++)
        {
            for (int off = 0; off < 12; off++)
            {
                foreach (var c in colours)
                {
                    var row = rng.PremulPixels(24);
                    var cov = rng.Coverage(len);
                    cov[0] = (byte)(off * 23);
                    var expected = (byte[])row.Clone();
                    Compositor.SourceOverSolid(expected.AsSpan(off * 4, len * 4), cov, c);
                    SourceOverKernels.Solid(row.AsSpan(off * 4, len * 4), cov, c, (SimdWidth)w);
                    Assert.Equal(expected, row);
                }
            }
        }
    }

    [Fact]
    public void Vector_div255_equals_the_scalar_rounding_for_every_product()
    {
        // The vector twins divide by a high multiply where the hardware has one; every lane value a kernel can
        // produce (0…255·255) must round exactly like the scalar formula.
        var xs = new ushort[16];
        for (int x0 = 0; x0 <= 255 * 255; x0 += 16)
        {
            for (int i = 0; i < 16; i++)
            {
                xs[i] = (ushort)Math.Min(255 * 255, x0 + i);
            }

            var v256 = VectorMath.Div255(Vector256.Create((ReadOnlySpan<ushort>)xs));
            var v128 = VectorMath.Div255(Vector128.Create((ReadOnlySpan<ushort>)xs[..8]));
            for (int i = 0; i < 16; i++)
            {
                int expected = Compositor.Div255(xs[i]);
                Assert.Equal(expected, v256[i]);
                if (i < 8)
                {
                    Assert.Equal(expected, v128[i]);
                }
            }
        }
    }

    [Fact]
    public void Solid_rejects_a_row_shorter_than_its_coverage()
    {
        Assert.Throws<ArgumentException>(() => SourceOverKernels.Solid(new byte[8], new byte[3], new PremulRgba8(1, 2, 3, 255), SimdWidth.Vector256));
    }

    public static TheoryData<int> AllWidths => new() { (int)SimdWidth.Scalar, (int)SimdWidth.Vector128, (int)SimdWidth.Vector256 };

    [Theory]
    [MemberData(nameof(AllWidths))]
    public void Constant_coverage_run_matches_the_per_pixel_scalar_kernel(int w)
    {
        // The interior fast path (plain fill when opaque and fully covered) must write what the per-pixel kernel
        // writes with that coverage in every byte.
        var rng = new TestRandom(15);
        for (int n = 0; n <= 67; n++)
        {
            foreach (byte coverage in new byte[] { 0, 255, 1, rng.Byte() })
            {
                foreach (byte a in new byte[] { 255, 0, rng.Byte() })
                {
                    var dst = rng.PremulPixels(n);
                    var c = new Rgba8(rng.Byte(), rng.Byte(), rng.Byte(), a).Premultiply();
                    var cov = new byte[n];
                    cov.AsSpan().Fill(coverage);
                    var expected = (byte[])dst.Clone();
                    Compositor.SourceOverSolid(expected, cov, c);
                    SourceOverKernels.SolidConstant(dst, coverage, c, (SimdWidth)w);
                    Assert.Equal(expected, dst);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllWidths))]
    public void Constant_run_with_prefetch_hints_matches_the_scalar_kernel_and_leaves_the_rows_ahead_alone(int w)
    {
        // The hints point two rows down in the same array (as the solid sink passes them): bytes there and in the
        // run itself must be exactly what the plain kernel gives.
        var rng = new TestRandom(16);
        const int stride = 68 * 4;
        for (int n = 0; n <= 67; n++)
        {
            foreach (byte coverage in new byte[] { 255, 1, rng.Byte() })
            {
                foreach (byte a in new byte[] { 255, rng.Byte() })
                {
                    var image = rng.PremulPixels(68 * 3);
                    int x = rng.Int(68 - n + 1);
                    var c = new Rgba8(rng.Byte(), rng.Byte(), rng.Byte(), a).Premultiply();
                    var expected = (byte[])image.Clone();
                    SourceOverKernels.SolidConstant(expected.AsSpan(x * 4, n * 4), coverage, c, (SimdWidth)w);
                    SourceOverKernels.SolidConstant(image.AsSpan(x * 4, n * 4), coverage, c, (SimdWidth)w, 2 * stride);
                    Assert.Equal(expected, image);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllWidths))]
    public void Masked_source_over_matches_scalar(int w)
    {
        var rng = new TestRandom(12);
        for (int n = 0; n <= 67; n++)
        {
            for (int trial = 0; trial < 6; trial++)
            {
                var dst = rng.PremulPixels(n);
                var src = rng.PremulPixels(n);
                var cov = rng.Coverage(n);
                var expected = (byte[])dst.Clone();
                SourceOverKernels.MaskedScalar(expected, src, cov);
                SourceOverKernels.Masked(dst, src, cov, (SimdWidth)w);
                Assert.Equal(expected, dst);
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllWidths))]
    public void Uniform_source_over_matches_scalar(int w)
    {
        var rng = new TestRandom(13);
        for (int n = 0; n <= 67; n++)
        {
            foreach (byte alpha in new byte[] { 0, 255, rng.Byte(), rng.Byte() })
            {
                var dst = rng.PremulPixels(n);
                var src = rng.PremulPixels(n);
                var expected = (byte[])dst.Clone();
                SourceOverKernels.UniformScalar(expected, src, alpha);
                SourceOverKernels.Uniform(dst, src, alpha, (SimdWidth)w);
                Assert.Equal(expected, dst);
            }
        }
    }

    [Theory]
    [MemberData(nameof(VectorWidths))]
    public void Premultiply_and_unpremultiply_match_scalar(int w)
    {
        var rng = new TestRandom(14);
        for (int n = 0; n <= 67; n++)
        {
            var straight = new byte[n * 4];
            for (int i = 0; i < straight.Length; i++)
            {
                straight[i] = rng.Byte();
            }

            var a = new byte[n * 4];
            var b = new byte[n * 4];
            PremultiplyKernels.Premultiply(straight, a, SimdWidth.Scalar);
            PremultiplyKernels.Premultiply(straight, b, (SimdWidth)w);
            Assert.Equal(a, b);

            var premul = rng.PremulPixels(n);
            PremultiplyKernels.Unpremultiply(premul, a, SimdWidth.Scalar);
            PremultiplyKernels.Unpremultiply(premul, b, (SimdWidth)w);
            Assert.Equal(a, b);
        }
    }

    [Theory]
    [MemberData(nameof(VectorWidths))]
    public void Unpremultiply_matches_scalar_for_every_channel_and_alpha(int w)
    {
        // Every (c, a) pair, including invalid c > a, which must clamp the same way.
        var premul = new byte[256 * 256 * 4];
        for (int a = 0; a < 256; a++)
        {
            for (int c = 0; c < 256; c++)
            {
                int i = ((a * 256) + c) * 4;
                premul[i] = (byte)c;
                premul[i + 1] = (byte)(255 - c);
                premul[i + 2] = (byte)(c / 2);
                premul[i + 3] = (byte)a;
            }
        }

        var s = new byte[premul.Length];
        var v = new byte[premul.Length];
        PremultiplyKernels.Unpremultiply(premul, s, SimdWidth.Scalar);
        PremultiplyKernels.Unpremultiply(premul, v, (SimdWidth)w);
        Assert.Equal(s, v);
        Assert.Equal(new PremulRgba8(premul[1000], premul[1001], premul[1002], premul[1003]).Unpremultiply(), new Rgba8(s[1000], s[1001], s[1002], s[1003]));
    }

    [Fact]
    public void Premultiply_round_trips_opaque_and_clears_transparent()
    {
        byte[] px = [10, 20, 30, 255, 200, 100, 50, 0, 255, 255, 255, 128];
        var p = new byte[px.Length];
        PremultiplyKernels.Premultiply(px, p, SimdWidth.Scalar);
        Assert.Equal(new byte[] { 10, 20, 30, 255, 0, 0, 0, 0, 128, 128, 128, 128 }, p);
        var back = new byte[px.Length];
        PremultiplyKernels.Unpremultiply(p, back, SimdWidth.Scalar);
        Assert.Equal(new byte[] { 10, 20, 30, 255, 0, 0, 0, 0, 255, 255, 255, 128 }, back);
    }
}
