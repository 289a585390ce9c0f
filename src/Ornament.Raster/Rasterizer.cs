using System.Runtime.CompilerServices;
using Ornament.Geometry;

namespace Ornament.Raster;

/// <summary>Exact-area anti-aliased scan conversion of a flattened path into coverage rows. One instance per
/// thread; it keeps its buffers between calls so the steady state allocates nothing. See RASTERIZER.md.</summary>
internal sealed partial class Rasterizer
{
    /// <summary>Rows processed together; bounds the cell buffer to BandHeight × path width.</summary>
    internal const int BandHeight = 16;

    private Segment[] _segs = new Segment[64];
    private int _segCount;

    /// <summary>Chain indices handed out, including those of pieces outside the clip rows (not stored).</summary>
    private int _chainCount;

    /// <summary>Band-local cells, <see cref="BandHeight"/> rows of <c>_stride</c> ints.</summary>
    private int[] _cells = [];

    private byte[] _coverage = [];
    private byte[] _full = []; // 255 in every byte, as long as _coverage
    private int[] _bandStart = [];
    private int[] _bandItems = [];
    private readonly List<int> _complexCells = []; // of the row EmitRow is at
    private int _stride;
    private int[] _spans = new int[48]; // start, end, running sum after it, of the row's touched runs
    private readonly SimdWidth _simd;

    /// <summary>A rasterizer using the widest vector kernels the machine accelerates.</summary>
    public Rasterizer()
        : this(SimdLevel.Current)
    {
    }

    /// <summary>A rasterizer using the kernels of <paramref name="simd"/> (tests run every twin this way).</summary>
    public Rasterizer(SimdWidth simd) => _simd = simd;

    private struct Segment
    {
        public double X0, Y0, X1, Y1, Dxdy; // top (Y0) to bottom (Y1), local x in [0, width]
        public int Dir;                      // +1 if the source edge runs downwards
        public int Chain;                    // one-signed contours: the chain's range slot (Rasterizer.Simple.cs)
        public bool Horizontal;              // no area; only marks the cells it splits (next to the hot fields)
        public int Index;                    // position in chain order
        public int ContourFirst, ContourLast;
        public double StartX, StartY;        // chain-order start point (before orientation)
        public double EndX, EndY;            // chain-order end point
        public bool ConnectsToPrev;          // starts exactly where the previous piece ended
        public double ContourStartX, ContourStartY; // where the contour's first numbered piece starts
    }

    /// <summary>Fills <paramref name="path"/> (device space) under <paramref name="rule"/>, clipped to
    /// <paramref name="clip"/>, delivering coverage rows to <paramref name="sink"/> top to bottom. Paths with a
    /// non-finite point are not drawn.</summary>
    public void Fill<TSink>(FlattenedPath path, FillRule rule, PixelRect clip, ref TSink sink)
        where TSink : struct, ICoverageSink =>
        Fill(path.Points, path.ContourEnds, rule, clip, ref sink);

    /// <summary>Fills the polylines <paramref name="points"/> (contour i ends before index
    /// <paramref name="contourEnds"/>[i]; every contour is implicitly closed) like
    /// <see cref="Fill{TSink}(FlattenedPath, FillRule, PixelRect, ref TSink)"/>.</summary>
    public void Fill<TSink>(ReadOnlySpan<Vec2> points, ReadOnlySpan<int> contourEnds, FillRule rule, PixelRect clip, ref TSink sink)
        where TSink : struct, ICoverageSink =>
        Fill(points, contourEnds, rule, clip, ref sink, -1);

    /// <summary>Like <see cref="Fill{TSink}(ReadOnlySpan{Vec2}, ReadOnlySpan{int}, FillRule, PixelRect, ref TSink)"/>,
    /// with the path's <see cref="PathShape(ReadOnlySpan{Vec2}, ReadOnlySpan{int})"/> worked out before (−1: work it
    /// out now), so a path filled once per band is classified once.</summary>
    public void Fill<TSink>(ReadOnlySpan<Vec2> points, ReadOnlySpan<int> contourEnds, FillRule rule, PixelRect clip, ref TSink sink, int shape)
        where TSink : struct, ICoverageSink
    {
        if (clip.IsEmpty || points.Length < 2)
        {
            return;
        }

        double minX = double.PositiveInfinity, minY = double.PositiveInfinity;
        double maxX = double.NegativeInfinity, maxY = double.NegativeInfinity;
        foreach (var p in points)
        {
            minX = Math.Min(minX, p.X);
            maxX = Math.Max(maxX, p.X);
            minY = Math.Min(minY, p.Y);
            maxY = Math.Max(maxY, p.Y);
        }

        if (!(double.IsFinite(minX) && double.IsFinite(maxX) && double.IsFinite(minY) && double.IsFinite(maxY)))
        {
            return;
        }

        int ix0 = (int)Math.Max(clip.X0, Math.Floor(minX));
        int ix1 = (int)Math.Min(clip.X1, Math.Ceiling(maxX));
        int iy0 = (int)Math.Max(Math.Max(clip.Y0, -Far), Math.Floor(minY)); // rows beyond ±Far are never drawn
        int iy1 = (int)Math.Min(Math.Min(clip.Y1, Far), Math.Ceiling(maxY));
        if (ix0 >= ix1 || iy0 >= iy1)
        {
            return;
        }

        int width = ix1 - ix0;
        Classify(points, contourEnds, shape);
        bool inside = minX >= ix0 && maxX <= ix1 && minY >= -Far && maxY <= Far;
        BuildSegments(points, contourEnds, ix0, width, iy0, iy1, inside);
        if (_segCount == 0)
        {
            return;
        }

        int bands = ((iy1 - iy0) + BandHeight - 1) / BandHeight;
        BucketByBand(iy0, iy1, bands);
        EnsureBuffers(width);

        for (int b = 0; b < bands; b++)
        {
            int by0 = iy0 + (b * BandHeight);
            int by1 = Math.Min(iy1, by0 + BandHeight);
            var items = _bandItems.AsSpan(_bandStart[b], _bandStart[b + 1] - _bandStart[b]);
            RenderBand(items, by0, by1, ix0, width, rule, ref sink);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)] // once per band; kept out of Fill so profiles attribute it
    private void RenderBand<TSink>(ReadOnlySpan<int> items, int by0, int by1, int ix0, int width, FillRule rule, ref TSink sink)
        where TSink : struct, ICoverageSink
    {
        int rows = by1 - by0;
        foreach (int si in items)
        {
            ref readonly var s = ref _segs[si];
            if (s.Horizontal)
            {
                if (!OneSigned)
                {
                    MarkHorizontal(in s, si, by0, by1, width);
                }

                continue;
            }

            int r0 = Math.Max(by0, double.ConvertToIntegerNative<int>(Math.Floor(s.Y0))); // |y| ≤ Far: fits an int
            int r1 = Math.Min(by1, double.ConvertToIntegerNative<int>(Math.Ceiling(s.Y1)));
            if (s.X0 == s.X1)
            {
                // Vertical (axis-aligned shapes, and every piece left of the clip): each full row it crosses gets the
                // same two cells — computed once, exactly as CellWriter.AddPiece computes them.
                int vc = double.ConvertToIntegerNative<int>(Math.Floor(s.X0));
                int total = Cover.One * s.Dir;
                int left = double.ConvertToIntegerNative<int>(Math.Round((1 - (s.X0 - vc)) * Cover.One, MidpointRounding.AwayFromZero)) * s.Dir;
                for (int y = r0; y < r1; y++)
                {
                    if (!(s.Y0 <= y && s.Y1 >= y + 1))
                    {
                        AddRowPiece(in s, si, y, by0, width);
                        continue;
                    }

                    int r = y - by0;
                    int o = (r * _stride) + vc;
                    _cells[o] += left;
                    _cells[o + 1] += total - left;
                    NoteCells(r, vc, vc, in s, si);
                }

                continue;
            }

            AddRowPieces(in s, si, r0, r1, by0, width);
        }

        if (OneSigned)
        {
            for (int r = 0; r < rows; r++)
            {
                EmitRowSimple(r, by0, ix0, width, rule, ref sink);
            }

            return;
        }

        for (int r = 0; r < rows; r++)
        {
            if (_rangeCount[r] != 0)
            {
                EmitRow(r, by0, ix0, width, rule, ref sink);
            }
        }
    }

    // The parts of segment s inside rows [r0, r1), row by row. The bottom x of one row is the top x of the next — the
    // same expression on the same values, X0 + (y − Y0)·Dxdy, whenever the row above held part of the segment — so it
    // is carried instead of computed twice: the same doubles, the same cells.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddRowPieces(in Segment s, int si, int r0, int r1, int by0, int width)
    {
        bool carry = false;
        double xCarry = 0;
        for (int y = r0; y < r1; y++)
        {
            double yT = s.Y0 > y ? s.Y0 : y, yB = s.Y1 < y + 1 ? s.Y1 : y + 1;
            if (!(yB > yT))
            {
                carry = false;
                continue;
            }

            double xT = carry ? xCarry : yT == s.Y0 ? s.X0 : s.X0 + ((yT - s.Y0) * s.Dxdy);
            double xB = yB == s.Y1 ? s.X1 : s.X0 + ((yB - s.Y0) * s.Dxdy);
            xCarry = xB;
            carry = true;
            WriteRowPiece(in s, si, y - by0, xT, xB, yB - yT, width);
        }
    }

    // The part of segment s inside row y, if any, into that row's cells.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddRowPiece(in Segment s, int si, int y, int by0, int width)
    {
        double yT = s.Y0 > y ? s.Y0 : y, yB = s.Y1 < y + 1 ? s.Y1 : y + 1; // finite: no NaN handling needed
        if (!(yB > yT))
        {
            return;
        }

        double xT = yT == s.Y0 ? s.X0 : s.X0 + ((yT - s.Y0) * s.Dxdy);
        double xB = yB == s.Y1 ? s.X1 : s.X0 + ((yB - s.Y0) * s.Dxdy);
        WriteRowPiece(in s, si, y - by0, xT, xB, yB - yT, width);
    }

    // The piece of segment si from x = xT at the top of band row r to xB at its bottom, dy tall, clamped to the box.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void WriteRowPiece(in Segment s, int si, int r, double xT, double xB, double dy, int width)
    {
        xT = Math.Clamp(xT, 0, width);
        xB = Math.Clamp(xB, 0, width);
        var row = _cells.AsSpan(r * _stride, _stride);
        var (first, last) = CellWriter.AddPiece(row, xT, xB, dy, s.Dir);
        NoteCells(r, first, last, in s, si);
    }

    // Book-keeping after segment si wrote cells [first, last] of band row r (and its carry into last + 1): the
    // row's list of piece ranges (Rasterizer.Ranges.cs) — or, for a one-signed contour, only its chain's range.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void NoteCells(int r, int first, int last, in Segment s, int si)
    {
        if (OneSigned)
        {
            NoteChainCells(r, first, last, s.Chain);
            return;
        }

        AddRange(r, first, last, last + 2, si);
    }

    // Turns one row of cells into coverage spans. Only runs of touched cells are accumulated — the row's piece
    // ranges, sorted and merged where they touch (Rasterizer.Ranges.cs); between runs the sum is constant, so a gap
    // is either skipped (coverage 0) or handed to the sink as one constant run (a fully covered opaque run becomes a
    // plain fill there). A path of many small scattered contours therefore costs its touched cells, not its
    // bounding box. The ends of a touched run whose coverage equals the constant next to them (after the exact fix
    // of complex cells) join that constant run, so an edge pixel that turns out fully covered is filled with the
    // inside, and only the truly partial pixels go through the per-pixel blend.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void EmitRow<TSink>(int r, int by0, int ix0, int width, FillRule rule, ref TSink sink)
        where TSink : struct, ICoverageSink
    {
        var ranges = TakeSortedRanges(r);
        var complex = _complexCells;
        complex.Clear();
        FindComplexCells(ranges, by0 + r, complex);
        var row = _cells.AsSpan(r * _stride, _stride);
        var cov = _coverage.AsSpan(0, width);
        int runCount = 0;
        int acc = 0;
        int i = 0;
        while (i < ranges.Length)
        {
            int a = ranges[i].First, b = ranges[i++].End;
            while (i < ranges.Length && ranges[i].First <= b)
            {
                b = Math.Max(b, ranges[i++].End);
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
        if (complex.Count > 0)
        {
            FixComplexCells(ranges, by0 + r, cov, rule, complex);
        }

        EmitRuns(runCount, by0 + r, ix0, width, cov, rule, ref sink);
    }

    // Prefix-sums cells [a, b) of a row into coverage, clearing them; returns the running sum after b. Edge runs of
    // one to three cells (most of them) take the scalar sum inline, with no kernel dispatch.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int AccumulateRun(Span<int> row, Span<byte> cov, int a, int b, FillRule rule, int acc)
    {
        if (b - a > 3)
        {
            return Accumulator.Accumulate(row[a..b], cov[a..b], rule, acc, _simd);
        }

        for (int i = a; i < b; i++)
        {
            acc += row[i];
            row[i] = 0;
            cov[i] = Cover.ToByte(acc, rule);
        }

        return acc;
    }

    // Hands the row's touched runs (in _spans) and the constant gaps between them to the sink. Coverage is 0 left of
    // the first run (nothing is carried in from the left of the path box); each gap holds the coverage of the
    // running sum after the run before it (taken from the sum, not from cov, whose last cell may be a complex one
    // fixed above).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EmitRuns<TSink>(int runCount, int y, int ix0, int width, Span<byte> cov, FillRule rule, ref TSink sink)
        where TSink : struct, ICoverageSink
    {
        int pendStart = 0;
        byte pend = 0;
        var runs = _spans;
        for (int i = 0; i < runCount; i += 3)
        {
            int a = runs[i], b = runs[i + 1];
            byte after = Cover.ToByte(runs[i + 2], rule);
            int lo = a, hi = b;
            while (lo < hi && cov[lo] == pend)
            {
                lo++;
            }

            while (hi > lo && cov[hi - 1] == after)
            {
                hi--;
            }

            if (hi > lo)
            {
                FlushConstant(ref sink, y, ix0, cov, pendStart, lo, pend);
                sink.Blend(y, ix0 + lo, cov[lo..hi]);
                pendStart = hi;
            }
            else if (after != pend)
            {
                FlushConstant(ref sink, y, ix0, cov, pendStart, lo, pend);
                pendStart = lo;
            }

            pend = after;
        }

        FlushConstant(ref sink, y, ix0, cov, pendStart, width, pend);
    }

    // Full coverage (the inside of almost every shape) comes from a row of 255s made once, so it costs no fill.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void FlushConstant<TSink>(ref TSink sink, int y, int ix0, Span<byte> cov, int start, int end, byte g)
        where TSink : struct, ICoverageSink
    {
        if (g != 0 && end > start)
        {
            if (g == 255)
            {
                sink.BlendConstant(y, ix0 + start, _full.AsSpan(0, end - start));
                return;
            }

            var run = cov[start..end];
            if (TSink.ConstantReadsFirstByte)
            {
                run[0] = g;
            }
            else
            {
                run.Fill(g);
            }

            sink.BlendConstant(y, ix0 + start, run);
        }
    }

    // Records a touched run [start, end) and the running sum after it (the cover carried into the following gap).
    private void AddRun(ref int count, int start, int end, int accAfter)
    {
        if (count + 3 > _spans.Length)
        {
            Array.Resize(ref _spans, _spans.Length * 2);
        }

        _spans[count++] = start;
        _spans[count++] = end;
        _spans[count++] = accAfter;
    }

    private void MarkHorizontal(in Segment s, int si, int by0, int by1, int width)
    {
        int y = (int)Math.Floor(s.Y0);
        if (y < by0 || y >= by1)
        {
            return;
        }

        double lo = Math.Clamp(Math.Min(s.X0, s.X1), 0, width), hi = Math.Clamp(Math.Max(s.X0, s.X1), 0, width);
        if (!(hi > lo) || lo >= width)
        {
            return;
        }

        int first = (int)Math.Floor(lo);
        int last = Math.Max(first, (int)Math.Ceiling(hi) - 1);
        AddRange(y - by0, first, last, last + 1, si); // no area, so no carry cell: it only splits pixels
    }

    private void EnsureBuffers(int width)
    {
        _stride = width + 2;
        int need = _stride * BandHeight;
        if (_cells.Length < need)
        {
            _cells = new int[need];
        }

        if (_coverage.Length < _stride)
        {
            _coverage = new byte[_stride];
            _full = new byte[_stride];
            _full.AsSpan().Fill(255);
        }
    }
}
