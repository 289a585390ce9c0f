namespace Ornament.Raster;

/// <summary>The prefix sum that turns a row of signed-area cells into 8-bit coverage, clearing the cells as it
/// reads them so the buffer is ready for the next path. Dispatches to the kernel of the given width; all kernels
/// give identical bytes (see <see cref="AccumulateKernels"/>).</summary>
internal static class Accumulator
{
    /// <summary>Accumulates <paramref name="cells"/> into <paramref name="coverage"/> (same length), starting from
    /// <paramref name="acc"/>, zeroes the cells, and returns the running sum after the last cell.</summary>
    public static int Accumulate(Span<int> cells, Span<byte> coverage, FillRule rule, int acc, SimdWidth width)
    {
        if (cells.Length < 8)
        {
            width = SimdWidth.Scalar; // a short run costs less without the vector set-up (same bytes either way)
        }

        return width switch
        {
            SimdWidth.Vector256 => AccumulateKernels.Vector256Path(cells, coverage, rule, acc),
            SimdWidth.Vector128 => AccumulateKernels.Vector128Path(cells, coverage, rule, acc),
            _ => AccumulateKernels.Scalar(cells, coverage, rule, acc),
        };
    }
}
