using Ornament.Encode.Png;

namespace Ornament.Encode.Tests.Png;

/// <summary>The five candidate rows scored in one pass give exactly the costs of scoring each alone.</summary>
public class PngFilterCostOfFiveTests
{
    [Fact]
    public void Five_at_once_equal_five_single_costs_for_every_short_length()
    {
        var rng = new SplitMix64(5);
        var single = new int[1024];
        var five = new int[PngFilterEntropy.FiveHistogramInts];
        var costs = new long[5];
        for (int length = 0; length <= 67; length++)
        {
            foreach (int spread in new[] { 1, 3, 256 })
            {
                int slot = length + 1 + (length % 3);
                var rows = new byte[(5 * slot) + 7];
                rng.Fill(rows);
                for (int i = 0; i < rows.Length; i++)
                {
                    rows[i] = (byte)(rows[i] % spread);
                }

                // Stale counts from an earlier call must not leak into this one.
                five.AsSpan().Fill(17);
                PngFilterEntropy.CostOfFive(rows, slot, length, five, costs);
                for (int t = 0; t < 5; t++)
                {
                    Assert.Equal(PngFilterEntropy.Cost(rows.AsSpan((t * slot) + 1, length), single), costs[t]);
                }
            }
        }
    }

    [Theory]
    [InlineData(11_520)]
    [InlineData(70_001)] // counts above the c·log2 c table
    public void Five_at_once_equal_five_single_costs_for_long_rows(int length)
    {
        var rng = new SplitMix64((ulong)length);
        int slot = length + 1;
        var rows = new byte[5 * slot];
        for (int i = 0; i < rows.Length; i++)
        {
            // Mostly small residuals, as filtered rows of a picture are, with a few large ones.
            rows[i] = (byte)(rng.Below(10) == 0 ? rng.Below(256) : rng.Below(7) - 3);
        }

        var costs = new long[5];
        PngFilterEntropy.CostOfFive(rows, slot, length, new int[PngFilterEntropy.FiveHistogramInts], costs);
        for (int t = 0; t < 5; t++)
        {
            Assert.Equal(PngFilterEntropy.Cost(rows.AsSpan((t * slot) + 1, length), new int[1024]), costs[t]);
        }
    }

    [Fact]
    public void Too_short_a_buffer_is_refused()
    {
        Assert.Throws<ArgumentException>(() => PngFilterEntropy.CostOfFive(new byte[20], 5, 4, new int[PngFilterEntropy.FiveHistogramInts], new long[5]));
    }
}
