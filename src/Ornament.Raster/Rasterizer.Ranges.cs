using System.Runtime.CompilerServices;

namespace Ornament.Raster;

/// <summary>The general path's record of what each piece wrote: per band row, the cell range of every piece.</summary>
/// <remarks>
/// A row of a large path holds a few dozen pieces, each writing a few cells of a row thousands of cells wide. Their
/// ranges, sorted by first cell, give everything the row needs: the touched runs to accumulate (ranges merged where
/// they touch — every cell outside them is zero) and the cells where accumulation alone may not be exact (a sweep
/// over the sorted ranges: a cell is complex where three or more pieces meet, or two that are not consecutive pieces
/// meeting at a vertex inside it). Appending a range costs the same however wide the row; a per-cell owner table
/// and touched bitmap cost memory traffic proportional to the row, which the pixels being blended evict.
/// </remarks>
internal sealed partial class Rasterizer
{
    private readonly CellRange[][] _ranges = CreateRanges();
    private readonly int[] _rangeCount = new int[BandHeight];
    private int[] _activeRanges = new int[16];

    /// <summary>Cells [First, Last] written by segment <see cref="Seg"/> in one row (the exactness check reads these),
    /// and the end (exclusive) of the cells that hold its contributions: Last + 2 with the carry cell, Last + 1 for a
    /// horizontal piece (no area).</summary>
    private struct CellRange
    {
        public int First, Last, End, Seg;
    }

    private static CellRange[][] CreateRanges()
    {
        var r = new CellRange[BandHeight][];
        for (int i = 0; i < r.Length; i++)
        {
            r[i] = new CellRange[32];
        }

        return r;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddRange(int r, int first, int last, int end, int si)
    {
        int n = _rangeCount[r];
        var list = _ranges[r];
        if (n == list.Length)
        {
            list = Grow(r);
        }

        ref var e = ref list[n];
        e.First = first;
        e.Last = last;
        e.End = end;
        e.Seg = si;
        _rangeCount[r] = n + 1;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private CellRange[] Grow(int r)
    {
        Array.Resize(ref _ranges[r], _ranges[r].Length * 2);
        return _ranges[r];
    }

    // The row's ranges sorted by first cell; the row's list is left empty for the next band. (The order of ranges
    // with the same first cell changes nothing below: runs are unions, and the sweep asks only which pieces are
    // active.)
    private Span<CellRange> TakeSortedRanges(int r)
    {
        int n = _rangeCount[r];
        _rangeCount[r] = 0;
        var ranges = _ranges[r].AsSpan(0, n);
        if (n > 24)
        {
            ranges.Sort(static (a, b) => a.First.CompareTo(b.First));
            return ranges;
        }

        for (int i = 1; i < n; i++)
        {
            var e = ranges[i];
            int j = i - 1;
            while (j >= 0 && ranges[j].First > e.First)
            {
                ranges[j + 1] = ranges[j];
                j--;
            }

            ranges[j + 1] = e;
        }

        return ranges;
    }

    // Finds the complex cells of a row from its ranges sorted by first cell; appends them to
    // <paramref name="complex"/> in ascending order. Most rows have no overlap but pairs — consecutive pieces of one
    // chain sharing the cell of their vertex — found in one pass that keeps the two largest last cells seen: a range
    // starting after the second largest overlaps at most the range holding the largest, on a stretch no other range
    // reaches before it. Anything more crowded takes the sweep (Sweep).
    private void FindComplexCells(ReadOnlySpan<CellRange> ranges, int y, List<int> complex)
    {
        int n = ranges.Length;
        int reach1 = int.MinValue, reach2 = int.MinValue, at1 = -1;
        for (int i = 0; i < n; i++)
        {
            ref readonly var e = ref ranges[i];
            if (e.First <= reach2)
            {
                complex.Clear();
                Sweep(ranges, y, complex); // three ranges may meet
                return;
            }

            if (e.First <= reach1)
            {
                AddPairCells(in ranges[at1], in e, e.First, Math.Min(e.Last, reach1), y, complex);
            }

            if (e.Last > reach1)
            {
                reach2 = reach1;
                reach1 = e.Last;
                at1 = i;
            }
            else if (e.Last > reach2)
            {
                reach2 = e.Last;
            }
        }
    }

    // Cells [from, to] held by exactly the two ranges a and b: complex unless the later piece in chain order is a plain
    // corner with the earlier one there.
    private void AddPairCells(in CellRange a, in CellRange b, int from, int to, int y, List<int> complex)
    {
        ref readonly var earlier = ref _segs[Math.Min(a.Seg, b.Seg)];
        ref readonly var later = ref _segs[Math.Max(a.Seg, b.Seg)];
        for (int c = from; c <= to; c++)
        {
            if (!IsCornerWith(earlier.Index, in later, c, y))
            {
                complex.Add(c);
            }
        }
    }

    // Sweeps the sorted ranges left to right, keeping the pieces whose range holds the current cell: between two
    // consecutive range starts or ends the set is constant, so a stretch with three or more pieces is complex
    // throughout, one with two is complex cell by cell unless the pair is a plain corner there (the later piece in
    // chain order checked against the earlier one), and one with fewer needs nothing.
    private void Sweep(ReadOnlySpan<CellRange> ranges, int y, List<int> complex)
    {
        int n = ranges.Length;
        if (_activeRanges.Length < n)
        {
            _activeRanges = new int[Math.Max(n, _activeRanges.Length * 2)];
        }

        var active = _activeRanges;
        int next = 0, m = 0, pos = 0;
        while (next < n || m > 0)
        {
            if (m == 0)
            {
                pos = ranges[next].First;
            }

            while (next < n && ranges[next].First <= pos)
            {
                active[m++] = next++;
            }

            int stop = next < n ? ranges[next].First : int.MaxValue;
            for (int k = 0; k < m; k++)
            {
                stop = Math.Min(stop, ranges[active[k]].Last + 1);
            }

            if (m >= 3)
            {
                for (int c = pos; c < stop; c++)
                {
                    complex.Add(c);
                }
            }
            else if (m == 2)
            {
                AddPairCells(in ranges[active[0]], in ranges[active[1]], pos, stop - 1, y, complex);
            }

            pos = stop;
            int keep = 0;
            for (int k = 0; k < m; k++)
            {
                if (ranges[active[k]].Last >= pos)
                {
                    active[keep++] = active[k];
                }
            }

            m = keep;
        }
    }
}
