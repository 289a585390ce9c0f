using System.Runtime.CompilerServices;

namespace Ornament.Raster;

/// <summary>Rows of a one-signed contour (see Rasterizer.Convex.cs): no touched bitmap, no owners.</summary>
/// <remarks>
/// Such a contour is one descending chain (pieces with direction +1) and one ascending chain (−1). Within a row each
/// chain writes a contiguous range of cells (plus the carry cell right of it), so the row is two ranges and the
/// constant between them — the inside, usually a plain fill. Correctness does not rest on that shape: every cell any
/// piece wrote lies inside the union of the two recorded ranges, and every cell between them is zero, so
/// accumulating exactly those ranges gives the same sums as accumulating the whole row. Ranges closer than
/// <see cref="MergeGap"/> cells are summed as one run: a few extra zero cells cost less than one more sink call.
/// </remarks>
internal sealed partial class Rasterizer
{
    /// <summary>Gaps narrower than this between the two chain ranges are accumulated rather than handed over as a
    /// constant run.</summary>
    private const int MergeGap = 8;

    private readonly int[] _downMin = new int[BandHeight];
    private readonly int[] _downMax = new int[BandHeight];
    private readonly int[] _upMin = new int[BandHeight];
    private readonly int[] _upMax = new int[BandHeight];

    private void ClearChainRanges(int rows)
    {
        for (int r = 0; r < rows; r++)
        {
            _downMin[r] = int.MaxValue;
            _downMax[r] = -1;
            _upMin[r] = int.MaxValue;
            _upMax[r] = -1;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void NoteChainCells(int r, int first, int last, int dir)
    {
        var min = dir > 0 ? _downMin : _upMin;
        var max = dir > 0 ? _downMax : _upMax;
        if (first < min[r])
        {
            min[r] = first;
        }

        if (last > max[r])
        {
            max[r] = last;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)] // once per row; kept separate so profiles attribute it
    private void EmitRowSimple<TSink>(int r, int by0, int ix0, int width, FillRule rule, ref TSink sink)
        where TSink : struct, ICoverageSink
    {
        // Ranges [start, end) including the carry cell right of each chain's last cell.
        int a0 = _downMin[r], a1 = _downMax[r] + 2;
        int b0 = _upMin[r], b1 = _upMax[r] + 2;
        if (a0 == int.MaxValue)
        {
            if (b0 == int.MaxValue)
            {
                return; // nothing written in this row
            }

            (a0, a1, b0) = (b0, b1, int.MaxValue);
        }
        else if (b0 != int.MaxValue)
        {
            if (b0 < a0)
            {
                (a0, a1, b0, b1) = (b0, b1, a0, a1);
            }

            if (b0 - a1 < MergeGap)
            {
                a1 = Math.Max(a1, b1);
                b0 = int.MaxValue;
            }
        }

        var row = _cells.AsSpan(r * _stride, _stride);
        var cov = _coverage.AsSpan(0, width);
        int runCount = 0, acc = 0;
        a1 = Math.Min(a1, width);
        if (a1 > a0)
        {
            acc = AccumulateRun(row, cov, a0, a1, rule, 0);
            AddRun(ref runCount, a0, a1, acc);
        }

        if (b0 < width)
        {
            b1 = Math.Min(b1, width);
            acc = AccumulateRun(row, cov, b0, b1, rule, acc);
            AddRun(ref runCount, b0, b1, acc);
        }

        row[width] = 0; // the two cells past the canvas (stride = width + 2) hold carries nobody reads
        row[width + 1] = 0;
        EmitRuns(runCount, by0 + r, ix0, width, cov, rule, ref sink);
    }
}
