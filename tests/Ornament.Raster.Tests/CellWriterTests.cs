using Ornament.Testing;

namespace Ornament.Raster.Tests;

/// <summary>CellWriter.AddPiece computes the cumulative area of a piece crossing several cells per cell kind (first,
/// crossed whole, last); it must give exactly the ints of the general formula G for every cell.</summary>
public class CellWriterTests
{
    [Fact]
    public void Multi_cell_pieces_equal_the_general_formula()
    {
        var rng = new TestRandom(4242);
        var row = new int[300];
        var expected = new int[300];
        for (int n = 0; n < 400_000; n++)
        {
            double xa = Coordinate(rng), xb = Coordinate(rng);
            if (rng.NextBool(0.3))
            {
                xb = xa + rng.NextDouble(0, 3); // short pieces: two or three cells
            }

            xa = Math.Clamp(xa, 0, 200);
            xb = Math.Clamp(xb, 0, 200);
            double dy = rng.NextBool(0.2) ? 1 : rng.NextDouble(1e-9, 1);
            int dir = rng.NextBool() ? 1 : -1;
            Array.Clear(row);
            var (first, last) = CellWriter.AddPiece(row, xa, xb, dy, dir);

            double lo = Math.Min(xa, xb), hi = Math.Max(xa, xb);
            int c0 = (int)Math.Floor(lo);
            Array.Clear(expected);
            if (hi - lo < 1e-12 || Math.Ceiling(hi) <= c0 + 1)
            {
                Assert.Equal(first, last); // the one-cell case is not specialised
                continue;
            }

            int c1 = (int)Math.Ceiling(hi) - 1;
            Assert.Equal((c0, c1), (first, last));
            int prev = 0;
            for (int c = c0; c <= c1; c++)
            {
                int cum = CellWriter.CumulativeGeneral(lo, hi, dy, dir, c);
                expected[c] = cum - prev;
                prev = cum;
            }

            expected[c1 + 1] = ((int)Math.Round(dy * Cover.One, MidpointRounding.AwayFromZero) * dir) - prev;
            Assert.True(expected.AsSpan().SequenceEqual(row), $"piece {xa:R} → {xb:R}, dy {dy:R}, dir {dir}");
        }
    }

    // Whole numbers, halves, values a few ulps from a whole number, and uniform ones.
    private static double Coordinate(TestRandom rng)
    {
        double whole = rng.NextInt(0, 200);
        return rng.NextInt(0, 6) switch
        {
            0 => whole,
            1 => whole + 0.5,
            2 => Math.BitIncrement(whole),
            3 => Math.BitDecrement(whole),
            4 => whole + rng.NextDouble(0, 1e-9),
            _ => rng.NextDouble(0, 200),
        };
    }
}
