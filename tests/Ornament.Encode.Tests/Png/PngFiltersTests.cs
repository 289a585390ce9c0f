using Ornament.Encode.Png;
using Ornament.Paint;

namespace Ornament.Encode.Tests.Png;

public class PngFiltersTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(6)]
    [InlineData(8)]
    public void Every_filter_decodes_back_to_the_row(int bpp)
    {
        var rng = new SplitMix64((ulong)bpp);
        var prev = new byte[37];
        var raw = new byte[37];
        rng.Fill(prev);
        rng.Fill(raw);
        for (byte type = 0; type <= 4; type++)
        {
            var residual = new byte[raw.Length];
            PngFilters.Encode(type, raw, prev, residual, bpp);
            Assert.True(PngFilters.Decode(type, residual, prev, bpp));
            Assert.Equal(raw, residual);
        }
    }

    [Fact]
    public void Unknown_filter_type_is_reported()
    {
        Assert.False(PngFilters.Decode(5, new byte[4], new byte[4], 1));
    }

    [Fact]
    public void Paeth_predictor_matches_the_spec_formula()
    {
        for (int a = 0; a < 256; a += 5)
        {
            for (int b = 0; b < 256; b += 7)
            {
                for (int c = 0; c < 256; c += 3)
                {
                    int p = a + b - c;
                    int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
                    int expected = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
                    Assert.Equal(expected, PngFilters.PaethPredictor((byte)a, (byte)b, (byte)c));
                }
            }
        }
    }

    [Fact]
    public void Cost_is_the_sum_of_signed_magnitudes()
    {
        Assert.Equal(0 + 1 + 127 + 128 + 1 + 2, PngFilters.Cost([0, 1, 127, 128, 255, 254]));
    }

    [Fact]
    public void Unpremultiply_table_equals_the_paint_rounding_for_all_pairs()
    {
        for (int a = 0; a < 256; a++)
        {
            var t = UnpremultiplyTable.ForAlpha((byte)a);
            for (int c = 0; c <= a; c++)
            {
                var s = new PremulRgba8((byte)c, 0, 0, (byte)a).Unpremultiply();
                Assert.Equal(s.R, t[c]);
            }
        }
    }
}
