namespace Ornament.Raster;

/// <summary>The prefix sum that turns a row of signed-area cells into 8-bit coverage, clearing the cells as it
/// reads them so the buffer is ready for the next path.</summary>
internal static class Accumulator
{
    /// <summary>Accumulates <paramref name="cells"/> into <paramref name="coverage"/> (same length), starting from
    /// <paramref name="acc"/>, zeroes the cells, and returns the running sum after the last cell.</summary>
    public static int Accumulate(Span<int> cells, Span<byte> coverage, FillRule rule, int acc = 0)
    {
        if (rule == FillRule.NonZero)
        {
            for (int i = 0; i < cells.Length; i++)
            {
                acc += cells[i];
                cells[i] = 0;
                int a = acc < 0 ? -acc : acc;
                coverage[i] = a >= Cover.One ? (byte)255 : (byte)(((a * 255) + (Cover.One / 2)) >> Cover.Shift);
            }
        }
        else
        {
            for (int i = 0; i < cells.Length; i++)
            {
                acc += cells[i];
                cells[i] = 0;
                coverage[i] = Cover.ToByte(acc, FillRule.EvenOdd);
            }
        }

        return acc;
    }
}
