using System.Runtime.CompilerServices;

namespace Ornament.Raster;

/// <summary>Rows of a one-signed path (see Rasterizer.Convex.cs, Rasterizer.Chains.cs, Rasterizer.Contours.cs): no
/// touched bitmap, no owners.</summary>
/// <remarks>
/// Such a contour is y-monotone chains that never meet: one descending (pieces with direction +1) and one ascending
/// (−1), or more (Rasterizer.Chains.cs); a path of several such contours gives each its own slots
/// (Rasterizer.Contours.cs). Within a row each chain writes a contiguous range of cells (plus the carry
/// cell right of it), so the row is a few ranges and the constants between them — the inside, usually a plain fill.
/// Correctness does not rest on that shape: every cell any piece wrote lies inside the union of the recorded ranges,
/// and every cell outside them is zero, so accumulating exactly those ranges gives the same sums as accumulating the
/// whole row (so any slot numbering is correct; one slot per chain only keeps the ranges tight). Ranges closer than
/// <see cref="MergeGap"/> cells are summed as one run: a few extra zero cells cost less than one more sink call.
/// </remarks>
internal sealed partial class Rasterizer
{
    /// <summary>Gaps narrower than this between the two chain ranges are accumulated rather than handed over as a
    /// constant run.</summary>
    private const int MergeGap = 8;

    /// <summary>Cell ranges [min, max] each chain wrote in each band row: <see cref="MaxChainIds"/> per row. A contour
    /// of two chains numbers them by direction (down first); a contour of more chains numbers them in contour order
    /// (Rasterizer.Chains.cs); each contour of a path has its own slots (Rasterizer.Contours.cs).</summary>
    /// <remarks>Kept clear (min = int.MaxValue, max = −1) between rows: each row's emitter clears what it read, so
    /// no band starts with a clearing pass.</remarks>
    private readonly int[] _chainMin = NewFilled(BandHeight * MaxChainIds, int.MaxValue);
    private readonly int[] _chainMax = NewFilled(BandHeight * MaxChainIds, -1);

    /// <summary>The slots written in each band row, one bit each: a row reads only those (a path of several contours
    /// spread over the picture has few of its slots in any row). Cleared by the row's emitter.</summary>
    private readonly ulong[] _rowSlots = new ulong[BandHeight];

    /// <summary>Chain slots a path may use in all (one bit each in <see cref="_rowSlots"/>).</summary>
    private const int MaxChainIds = 64;

    private static int[] NewFilled(int length, int value)
    {
        var a = new int[length];
        a.AsSpan().Fill(value);
        return a;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void NoteChainCells(int r, int first, int last, int chain)
    {
        int o = (r * MaxChainIds) + chain;
        _rowSlots[r] |= 1UL << chain;
        if (first < _chainMin[o])
        {
            _chainMin[o] = first;
        }

        if (last > _chainMax[o])
        {
            _chainMax[o] = last;
        }
    }

    // One row of a one-signed path: each written slot's range (with its carry cell), sorted, ranges closer than
    // MergeGap merged; every cell outside them is zero, so the gaps are constant runs. Two chains (numbered by
    // direction), more (numbered in contour order, Rasterizer.Chains.cs) and several contours (each with its own
    // slots, Rasterizer.Contours.cs) alike.
    [MethodImpl(MethodImplOptions.NoInlining)] // once per row; kept separate so profiles attribute it
    [SkipLocalsInit] // lo and hi are written before they are read
    private void EmitRowSimple<TSink>(int r, int by0, int ix0, int width, FillRule rule, ref TSink sink)
        where TSink : struct, ICoverageSink
    {
        ulong used = _rowSlots[r];
        if (used == 0)
        {
            return; // nothing written in this row
        }

        _rowSlots[r] = 0;
        Span<int> lo = stackalloc int[MaxChainIds];
        Span<int> hi = stackalloc int[MaxChainIds];
        int m = 0, o = r * MaxChainIds;
        do
        {
            int c = o + System.Numerics.BitOperations.TrailingZeroCount(used);
            used &= used - 1;
            int a = _chainMin[c];
            int b = _chainMax[c] + 2;
            _chainMin[c] = int.MaxValue;
            _chainMax[c] = -1;
            int j = m++;
            while (j > 0 && lo[j - 1] > a)
            {
                lo[j] = lo[j - 1];
                hi[j] = hi[j - 1];
                j--;
            }

            lo[j] = a;
            hi[j] = b;
        }
        while (used != 0);

        var row = _cells.AsSpan(r * _stride, _stride);
        var cov = _coverage.AsSpan(0, width);
        int runCount = 0, acc = 0;
        int i = 0;
        while (i < m)
        {
            int a = lo[i], b = hi[i++];
            while (i < m && lo[i] - b < MergeGap)
            {
                b = Math.Max(b, hi[i++]);
            }

            if (a >= width)
            {
                break;
            }

            b = Math.Min(b, width);
            acc = AccumulateRun(row, cov, a, b, rule, acc);
            AddRun(ref runCount, a, b, acc);
        }

        row[width] = 0; // the two cells past the canvas (stride = width + 2) hold carries nobody reads
        row[width + 1] = 0;
        EmitRuns(runCount, by0 + r, ix0, width, cov, rule, ref sink);
    }
}
