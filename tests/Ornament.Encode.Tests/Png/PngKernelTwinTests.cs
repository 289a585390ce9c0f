using Ornament.Encode.Png;

namespace Ornament.Encode.Tests.Png;

/// <summary>Every vector kernel of the PNG writer equals its scalar twin byte for byte: lengths 0…67 (shorter than,
/// equal to and a few bytes past one and two vectors), bpp 1…8, random and edge-heavy bytes (Paeth ties, 0/255).</summary>
public class PngKernelTwinTests
{
    public static TheoryData<int> Bpps => new() { 1, 2, 3, 4, 6, 8 };

    public static TheoryData<int> VectorWidths => new() { (int)PngSimd.Vector128, (int)PngSimd.Vector256 };

    [Theory]
    [MemberData(nameof(Bpps))]
    public void Forward_filters_equal_scalar_for_every_length(int bpp)
    {
        foreach (bool edgy in new[] { false, true })
        {
            var rng = new SplitMix64((ulong)(bpp * 31) + (edgy ? 1u : 0u));
            for (int len = 0; len <= 67; len++)
            {
                var raw = Bytes(ref rng, len, edgy);
                var prev = Bytes(ref rng, len, edgy);
                for (byte type = 0; type <= 4; type++)
                {
                    var expected = Filter(type, raw, prev, bpp, PngSimd.Scalar);
                    foreach (var simd in new[] { PngSimd.Vector128, PngSimd.Vector256 })
                    {
                        var actual = Filter(type, raw, prev, bpp, simd);
                        Assert.True(expected.AsSpan().SequenceEqual(actual), $"filter {type}, bpp {bpp}, length {len}, {simd}");
                    }
                }
            }
        }
    }

    [Fact]
    public void Paeth_vector_equals_scalar_on_every_byte_triple_of_a_grid()
    {
        // With bpp = 32 and 64-byte rows, byte 32 + j has left = raw[j], above = prev[32 + j], upper-left = prev[j]:
        // each row tests 32 independent (a, b, c) triples in whole vectors. The grid holds every kind of tie
        // (pa == pb, pa == pc, pb == pc) and both ends of the byte range.
        var values = new byte[] { 0, 1, 2, 63, 64, 127, 128, 129, 191, 253, 254, 255 };
        var triples = new List<(byte A, byte B, byte C)>();
        foreach (byte a in values)
        {
            foreach (byte b in values)
            {
                foreach (byte c in values)
                {
                    triples.Add((a, b, c));
                }
            }
        }

        const int Bpp = 32;
        for (int t0 = 0; t0 < triples.Count; t0 += Bpp)
        {
            var raw = new byte[2 * Bpp];
            var prev = new byte[2 * Bpp];
            for (int j = 0; j < Bpp; j++)
            {
                var (a, b, c) = triples[(t0 + j) % triples.Count];
                raw[j] = a;
                prev[Bpp + j] = b;
                prev[j] = c;
                raw[Bpp + j] = (byte)(a + (3 * b) + (7 * c));
            }

            var expected = Filter(PngFilters.Paeth, raw, prev, Bpp, PngSimd.Scalar);
            for (int j = 0; j < Bpp; j++)
            {
                var (a, b, c) = triples[(t0 + j) % triples.Count];
                Assert.Equal((byte)(raw[Bpp + j] - PngFilters.PaethPredictor(a, b, c)), expected[Bpp + j]);
            }

            foreach (var simd in new[] { PngSimd.Vector128, PngSimd.Vector256 })
            {
                Assert.Equal(expected, Filter(PngFilters.Paeth, raw, prev, Bpp, simd));
            }
        }
    }

    [Theory]
    [MemberData(nameof(VectorWidths))]
    public void Cost_equals_scalar_for_every_length(int width)
    {
        var simd = (PngSimd)width;
        var rng = new SplitMix64(3);
        for (int len = 0; len <= 67; len++)
        {
            var r = Bytes(ref rng, len, edgy: len % 2 == 0);
            Assert.Equal(PngFilters.Cost(r, PngSimd.Scalar), PngFilters.Cost(r, simd));
        }

        var big = new byte[1 << 20];
        big.AsSpan().Fill(0x80); // −128 everywhere: the largest magnitude, no overflow allowed
        Assert.Equal(128L << 20, PngFilters.Cost(big, simd));
    }

    [Theory]
    [MemberData(nameof(VectorWidths))]
    public void Inverse_up_equals_scalar(int width)
    {
        var simd = (PngSimd)width;
        var rng = new SplitMix64(4);
        for (int len = 0; len <= 67; len++)
        {
            var row = Bytes(ref rng, len, false);
            var prev = Bytes(ref rng, len, false);
            var a = row.ToArray();
            var b = row.ToArray();
            Assert.True(PngFilters.Decode(PngFilters.Up, a, prev, 3, PngSimd.Scalar));
            Assert.True(PngFilters.Decode(PngFilters.Up, b, prev, 3, simd));
            Assert.Equal(a, b);
        }
    }

    [Theory]
    [MemberData(nameof(VectorWidths))]
    public void Pixel_conversions_equal_scalar_for_every_pixel_count(int width)
    {
        var simd = (PngSimd)width;
        var rng = new SplitMix64(5);
        for (int pixels = 0; pixels <= 40; pixels++)
        {
            foreach (bool opaque in new[] { true, false })
            {
                var src = new byte[pixels * 4];
                for (int i = 0; i < src.Length; i += 4)
                {
                    byte a = opaque || rng.Below(3) == 0 ? (byte)255 : rng.NextByte();
                    src[i] = (byte)(rng.NextByte() * a / 255);
                    src[i + 1] = (byte)(rng.NextByte() * a / 255);
                    src[i + 2] = (byte)(rng.NextByte() * a / 255);
                    src[i + 3] = a;
                }

                var rgbExpected = new byte[pixels * 3];
                var rgbActual = new byte[pixels * 3];
                bool okExpected = PngPixelKernels.DropAlphaReference(src, rgbExpected);
                bool okActual = PngPixelKernels.DropAlpha(src, rgbActual, simd);
                Assert.Equal(okExpected, okActual);
                Assert.Equal(rgbExpected, rgbActual);

                var straightExpected = new byte[src.Length];
                var straightActual = new byte[src.Length];
                PngPixelKernels.UnpremultiplyReference(src, straightExpected);
                PngPixelKernels.Unpremultiply(src, straightActual, simd);
                Assert.Equal(straightExpected, straightActual);
            }
        }
    }

    [Fact]
    public void A_single_translucent_pixel_anywhere_is_noticed_by_drop_alpha()
    {
        for (int pixels = 1; pixels <= 20; pixels++)
        {
            for (int at = 0; at < pixels; at++)
            {
                var src = new byte[pixels * 4];
                src.AsSpan().Fill(255);
                src[(at * 4) + 3] = 254;
                foreach (var simd in new[] { PngSimd.Scalar, PngSimd.Vector128, PngSimd.Vector256 })
                {
                    Assert.False(PngPixelKernels.DropAlpha(src, new byte[pixels * 3], simd));
                }
            }
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Whole_images_are_identical_at_every_width(bool opaque)
    {
        var source = TestImages.Random(173, 61, 9, opaque);
        foreach (var filter in Enum.GetValues<PngFilter>())
        {
            var scalar = PngEncoder.Encode(source, new PngEncodeOptions { Filter = filter, Simd = PngSimd.Scalar });
            Assert.Equal(scalar, PngEncoder.Encode(source, new PngEncodeOptions { Filter = filter, Simd = PngSimd.Vector128 }));
            Assert.Equal(scalar, PngEncoder.Encode(source, new PngEncodeOptions { Filter = filter, Simd = PngSimd.Vector256 }));
        }
    }

    private static byte[] Filter(byte type, byte[] raw, byte[] prev, int bpp, PngSimd simd)
    {
        var dst = new byte[raw.Length];
        PngFilters.Encode(type, raw, prev, dst, bpp, simd);
        return dst;
    }

    // Edge-heavy bytes come from a small alphabet so neighbours repeat and Paeth's ties and wrap-arounds occur often.
    private static byte[] Bytes(ref SplitMix64 rng, int len, bool edgy)
    {
        ReadOnlySpan<byte> alphabet = [0, 1, 127, 128, 129, 254, 255, 64];
        var b = new byte[len];
        for (int i = 0; i < len; i++)
        {
            b[i] = edgy ? alphabet[rng.Below(alphabet.Length)] : rng.NextByte();
        }

        return b;
    }
}
