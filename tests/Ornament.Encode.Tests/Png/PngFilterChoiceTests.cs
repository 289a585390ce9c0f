using Ornament.Encode.Png;
using Ornament.Paint;

namespace Ornament.Encode.Tests.Png;

/// <summary>The adaptive filter choice: integer entropy scores and the block trial between filtered and unfiltered rows.</summary>
public class PngFilterChoiceTests
{
    [Fact]
    public void Fixed_point_log2_is_within_a_few_units_of_the_last_place()
    {
        for (int v = 1; v < 200_000; v += 1 + (v / 64))
        {
            double exact = Math.Log2(v) * 65536.0;
            Assert.InRange(PngFilterEntropy.Log2Fixed(v), exact - 4, exact + 1);
        }
    }

    [Fact]
    public void Entropy_is_zero_for_a_constant_row_and_n_bits_per_byte_for_a_uniform_one()
    {
        var scratch = new int[1024];
        Assert.Equal(0, PngFilterEntropy.Cost(new byte[1000], scratch));
        var uniform = new byte[256 * 4];
        for (int i = 0; i < uniform.Length; i++)
        {
            uniform[i] = (byte)i;
        }

        // 1024 bytes, each value 4 times: 8 bits per byte = 8192 bits, in 16.16 fixed point.
        Assert.Equal(8192L << 16, PngFilterEntropy.Cost(uniform, scratch));
    }

    [Fact]
    public void Flat_colour_stripes_are_no_larger_adaptive_than_unfiltered_or_with_libpngs_heuristic()
    {
        // A felt-like picture: a few flat colours in a pattern that repeats every 5 rows and every 24 columns,
        // with a 1-pixel shift per period — unfiltered rows match earlier rows, filtered ones much less.
        var pm = new Pixmap(600, 400);
        var colours = new[] { new PremulRgba8(178, 34, 34, 255), new PremulRgba8(240, 232, 210, 255), new PremulRgba8(20, 60, 120, 255) };
        for (int y = 0; y < pm.Height; y++)
        {
            for (int x = 0; x < pm.Width; x++)
            {
                pm.SetPixel(x, y, colours[(((x + (y / 5)) / 8) + (y % 5 == 0 ? 1 : 0)) % 3]);
            }
        }

        // The block trial weighs exactly these two against each other, so it must not lose to either by more than
        // the trial's noise. (A single fixed filter can still win on such a synthetic picture: the choice is a heuristic.)
        long adaptive = PngEncoder.Encode(pm).Length;
        long none = PngEncoder.Encode(pm, new PngEncodeOptions { Filter = PngFilter.None }).Length;
        long minSum = PngEncoder.Encode(pm, new PngEncodeOptions { Heuristic = PngFilterHeuristic.MinSum }).Length;
        long entropy = PngEncoder.Encode(pm, new PngEncodeOptions { Heuristic = PngFilterHeuristic.Entropy }).Length;
        Assert.True(adaptive <= Math.Min(none, entropy) * 102 / 100, $"adaptive {adaptive}, none {none}, entropy only {entropy}");
        Assert.True(adaptive <= minSum, $"adaptive {adaptive}, libpng heuristic {minSum}");
    }
}
