namespace Ornament.Raster;

/// <summary>Exactness where accumulation alone is not exact.</summary>
/// <remarks>
/// The prefix sum gives the integral of the winding number over a pixel. Turning that into coverage
/// (min(|w|,1) for nonzero, a fold for even-odd) is exact when the winding inside the pixel takes at most two
/// adjacent values, which holds whenever the pixel is crossed by a single chain of consecutive edges. Where edges of
/// different chains meet in one pixel (crossings, touching contours, overlapping sub-paths) the pixel is marked
/// "complex" and its coverage is recomputed here from the geometry: the pixel is cut into horizontal sub-strips at
/// every edge end and every crossing, and within each sub-strip the edges are sorted and swept left to right,
/// summing the trapezoids where the fill rule holds. The cover carried to the right of a complex pixel needs no
/// fix: it is the exact sum of edge heights either way.
/// </remarks>
internal sealed partial class Rasterizer
{
    private Piece[] _pieces = new Piece[32];
    private Piece[] _local = new Piece[32];
    private double[] _events = new double[64];
    private (double Key, double Xa, double Xb, int Dir, int Index)[] _strip = new (double, double, double, int, int)[32];
    private int[] _byMin = [], _byMax = [];
    private int[] _rowSegs = [];
    private double[] _minKey = [], _maxKey = [];
    private bool[] _isLeft = [];
    private readonly List<(double Y, int D)> _profile = [];
    private readonly List<int> _active = [];

    private struct Piece
    {
        public double XT, YT, XB, YB; // top to bottom within one row
        public int Dir, Index;
    }

    // A cell stays simple when one piece crosses it, or two consecutive pieces that meet at a vertex inside it (a
    // plain corner): then the winding inside the cell takes at most two adjacent values. Anything else (crossings,
    // two chains, three or more pieces) is recomputed exactly (the cells are found in Rasterizer.Ranges.cs).
    private bool IsCornerWith(int firstIndex, in Segment s, int c, int y)
    {
        if (s.Index == firstIndex + 1 && s.ConnectsToPrev)
        {
            return VertexInCell(s.StartX, s.StartY, c, y);
        }

        if (s.Index == s.ContourLast && firstIndex == s.ContourFirst && firstIndex != s.Index)
        {
            // The closing piece meets the contour's first piece (which touched this cell, so it starts at the
            // contour start).
            return s.ContourStartX == s.EndX && s.ContourStartY == s.EndY && VertexInCell(s.EndX, s.EndY, c, y);
        }

        return false;
    }

    private static bool VertexInCell(double x, double vy, int c, int y) => x >= c && x <= c + 1 && vy >= y && vy <= y + 1;

    // Recomputes the complex cells of one row, left to right. Pieces that lie wholly left of the current cell are
    // folded into a winding profile of the row (a constant plus steps at the y where pieces start or end inside the
    // row); steps of opposite sign at the same y cancel, so a closed contour left of the cell leaves no trace and the
    // profile stays small. Each cell then costs its own pieces plus that profile, not the whole row.
    private void FixComplexCells(ReadOnlySpan<CellRange> ranges, int y, Span<byte> cov, FillRule rule, List<int> cells)
    {
        int n = GatherRowPieces(ranges, y); // cells: ascending, each once
        if (_byMin.Length < n)
        {
            _byMin = new int[Math.Max(n, _byMin.Length * 2)];
            _byMax = new int[_byMin.Length];
            _minKey = new double[_byMin.Length];
            _maxKey = new double[_byMin.Length];
            _isLeft = new bool[_byMin.Length];
        }

        for (int i = 0; i < n; i++)
        {
            ref readonly var p = ref _pieces[i];
            _byMin[i] = i;
            _byMax[i] = i;
            _minKey[i] = Math.Min(p.XT, p.XB);
            _maxKey[i] = Math.Max(p.XT, p.XB);
            _isLeft[i] = false;
        }

        SortByKey(_minKey, _byMin, n);
        SortByKey(_maxKey, _byMax, n);
        _profile.Clear();
        _active.Clear();
        int w0 = 0, pMin = 0, pMax = 0;
        foreach (int c in cells)
        {
            if (c >= cov.Length)
            {
                break; // the cell right of the path box (pieces exactly on its right edge): no pixel to fix
            }

            while (pMax < n && _maxKey[pMax] <= c)
            {
                int k = _byMax[pMax++];
                ref readonly var p = ref _pieces[k];
                _isLeft[k] = true;
                if (p.YT <= y && p.YB >= y + 1)
                {
                    w0 += p.Dir;
                }
                else
                {
                    AddStep(p.YT, p.Dir);
                    AddStep(p.YB, -p.Dir);
                }
            }

            while (pMin < n && _minKey[pMin] < c + 1)
            {
                _active.Add(_byMin[pMin++]);
            }

            int keep = 0;
            for (int i = 0; i < _active.Count; i++)
            {
                if (!_isLeft[_active[i]])
                {
                    _active[keep++] = _active[i];
                }
            }

            _active.RemoveRange(keep, _active.Count - keep);
            cov[c] = ExactCell(c, y, w0, rule);
        }
    }

    private void AddStep(double y, int d)
    {
        int lo = 0, hi = _profile.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (_profile[mid].Y < y)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        if (lo < _profile.Count && _profile[lo].Y == y)
        {
            int sum = _profile[lo].D + d;
            if (sum == 0)
            {
                _profile.RemoveAt(lo);
            }
            else
            {
                _profile[lo] = (y, sum);
            }
        }
        else
        {
            _profile.Insert(lo, (y, d));
        }
    }

    // The pieces of the segments that wrote this row, in segment (chain) order: the order the band's segment list
    // gives, so the sorts below see exactly the input they always saw.
    private int GatherRowPieces(ReadOnlySpan<CellRange> ranges, int y)
    {
        if (_rowSegs.Length < ranges.Length)
        {
            _rowSegs = new int[Math.Max(ranges.Length, _rowSegs.Length * 2)];
        }

        int count = 0;
        foreach (ref readonly var e in ranges)
        {
            _rowSegs[count++] = e.Seg; // each segment writes a row at most once: no duplicates
        }

        _rowSegs.AsSpan(0, count).Sort();
        int n = 0;
        foreach (int si in _rowSegs.AsSpan(0, count))
        {
            ref readonly var s = ref _segs[si];
            double yT = Math.Max(s.Y0, y), yB = Math.Min(s.Y1, y + 1);
            if (!(yB > yT))
            {
                continue;
            }

            if (n == _pieces.Length)
            {
                Array.Resize(ref _pieces, n * 2);
            }

            ref var p = ref _pieces[n++];
            p.YT = yT;
            p.YB = yB;
            p.XT = yT == s.Y0 ? s.X0 : s.X0 + ((yT - s.Y0) * s.Dxdy);
            p.XB = yB == s.Y1 ? s.X1 : s.X0 + ((yB - s.Y0) * s.Dxdy);
            p.Dir = s.Dir;
            p.Index = s.Index;
        }

        return n;
    }

    // Exact area of {fill rule holds} inside pixel [c, c+1] × [y, y+1], from the pieces crossing the pixel's columns
    // (_active), the winding profile of everything left of it (_profile, w0).
    private byte ExactCell(int c, int y, int w0, FillRule rule)
    {
        double left = c, right = c + 1;
        int m = 0, ne = 0;
        AddEvent(ref ne, y);
        AddEvent(ref ne, y + 1);
        foreach (var step in _profile)
        {
            AddEvent(ref ne, step.Y);
        }

        foreach (int k in _active)
        {
            ref readonly var p = ref _pieces[k];
            if (Math.Min(p.XT, p.XB) >= right)
            {
                continue; // right of the pixel: changes nothing inside it
            }

            ClipToCell(ref m, ref ne, in p, left, right);
        }

        // Crossings inside the pixel.
        for (int i = 0; i < m; i++)
        {
            for (int j = i + 1; j < m; j++)
            {
                ref readonly var a = ref _local[i];
                ref readonly var b = ref _local[j];
                double lo = Math.Max(a.YT, b.YT), hi = Math.Min(a.YB, b.YB);
                if (!(hi > lo))
                {
                    continue;
                }

                double d0 = XAt(in a, lo) - XAt(in b, lo), d1 = XAt(in a, hi) - XAt(in b, hi);
                if ((d0 < 0 && d1 > 0) || (d0 > 0 && d1 < 0))
                {
                    AddEvent(ref ne, lo + ((hi - lo) * (d0 / (d0 - d1))));
                }
            }
        }

        var ev = _events.AsSpan(0, ne);
        if (ne <= SmallSort)
        {
            InsertionSort(ev);
        }
        else
        {
            ev.Sort();
        }
        double area = 0;
        int profileAt = 0, wLeft = w0;
        for (int k = 0; k + 1 < ne; k++)
        {
            double ya = ev[k], yb = ev[k + 1];
            while (profileAt < _profile.Count && _profile[profileAt].Y <= ya)
            {
                wLeft += _profile[profileAt++].D;
            }

            if (!(yb > ya))
            {
                continue;
            }

            int count = 0;
            for (int i = 0; i < m; i++)
            {
                ref readonly var p = ref _local[i];
                if (p.YT <= ya && p.YB >= yb)
                {
                    double xa = XAt(in p, ya), xb = XAt(in p, yb);
                    if (count == _strip.Length)
                    {
                        Array.Resize(ref _strip, count * 2);
                    }

                    _strip[count++] = (0.5 * (xa + xb), xa, xb, p.Dir, p.Index);
                }
            }

            var strip = _strip.AsSpan(0, count);
            SortStrip(strip);
            int w = wLeft;
            double pa = left, pb = left;
            bool inside = Inside(w, rule);
            foreach (var e in strip)
            {
                if (inside)
                {
                    area += 0.5 * ((e.Xa - pa) + (e.Xb - pb)) * (yb - ya);
                }

                w += e.Dir;
                inside = Inside(w, rule);
                pa = e.Xa;
                pb = e.Xb;
            }

            if (inside)
            {
                area += 0.5 * ((right - pa) + (right - pb)) * (yb - ya);
            }
        }

        int v = (int)((Math.Clamp(area, 0, 1) * 255) + 0.5);
        return (byte)v;
    }

    // Short lists are the rule here (a complex pixel holds a few pieces): insertion sorts beat the general sorts'
    // set-up. Every order used is total on the values that matter (ties between keys only reorder indices whose
    // contributions are summed or re-sorted by a total order later), so the algorithm does not change a byte.
    private const int SmallSort = 24;

    private static void SortByKey(double[] keys, int[] items, int n)
    {
        if (n > SmallSort)
        {
            Array.Sort(keys, items, 0, n);
            return;
        }

        for (int i = 1; i < n; i++)
        {
            double k = keys[i];
            int v = items[i];
            int j = i - 1;
            while (j >= 0 && keys[j] > k)
            {
                keys[j + 1] = keys[j];
                items[j + 1] = items[j];
                j--;
            }

            keys[j + 1] = k;
            items[j + 1] = v;
        }
    }

    private static void InsertionSort(Span<double> a)
    {
        for (int i = 1; i < a.Length; i++)
        {
            double k = a[i];
            int j = i - 1;
            while (j >= 0 && a[j] > k)
            {
                a[j + 1] = a[j];
                j--;
            }

            a[j + 1] = k;
        }
    }

    private static void SortStrip(Span<(double Key, double Xa, double Xb, int Dir, int Index)> strip)
    {
        if (strip.Length > SmallSort)
        {
            strip.Sort(static (u, v) => u.Key != v.Key ? u.Key.CompareTo(v.Key) : u.Index.CompareTo(v.Index));
            return;
        }

        for (int i = 1; i < strip.Length; i++)
        {
            var e = strip[i];
            int j = i - 1;
            while (j >= 0 && (strip[j].Key > e.Key || (strip[j].Key == e.Key && strip[j].Index > e.Index)))
            {
                strip[j + 1] = strip[j];
                j--;
            }

            strip[j + 1] = e;
        }
    }

    private static bool Inside(int w, FillRule rule) => rule == FillRule.NonZero ? w != 0 : (w & 1) != 0;

    private static double XAt(in Piece p, double y) =>
        p.YB == p.YT ? p.XT : p.XT + ((p.XB - p.XT) * ((y - p.YT) / (p.YB - p.YT)));

    // Splits a piece at x = left and x = right: parts left of the pixel become vertical at x = left, parts right
    // of it are dropped.
    private void ClipToCell(ref int m, ref int ne, in Piece p, double left, double right)
    {
        Span<double> ts = stackalloc double[4];
        int k = 0;
        ts[k++] = 0;
        double dx = p.XB - p.XT;
        if (dx != 0)
        {
            double tl = (left - p.XT) / dx, tr = (right - p.XT) / dx;
            if (tl > 0 && tl < 1)
            {
                ts[k++] = tl;
            }

            if (tr > 0 && tr < 1)
            {
                ts[k++] = tr;
            }

            if (k == 3 && ts[1] > ts[2])
            {
                (ts[1], ts[2]) = (ts[2], ts[1]);
            }
        }

        ts[k++] = 1;
        double dy = p.YB - p.YT;
        for (int i = 0; i + 1 < k; i++)
        {
            double t0 = ts[i], t1 = ts[i + 1];
            double x0 = t0 == 0 ? p.XT : p.XT + (dx * t0), x1 = t1 == 1 ? p.XB : p.XT + (dx * t1);
            double y0 = t0 == 0 ? p.YT : p.YT + (dy * t0), y1 = t1 == 1 ? p.YB : p.YT + (dy * t1);
            if (!(y1 > y0))
            {
                continue;
            }

            double mid = 0.5 * (x0 + x1);
            if (mid >= right)
            {
                continue;
            }

            if (mid <= left)
            {
                x0 = x1 = left;
            }
            else
            {
                x0 = Math.Clamp(x0, left, right);
                x1 = Math.Clamp(x1, left, right);
            }

            AddLocal(ref m, x0, y0, x1, y1, p.Dir, p.Index);
            AddEvent(ref ne, y0);
            AddEvent(ref ne, y1);
        }
    }

    private void AddLocal(ref int m, double xt, double yt, double xb, double yb, int dir, int index)
    {
        if (m == _local.Length)
        {
            Array.Resize(ref _local, m * 2);
        }

        _local[m++] = new Piece { XT = xt, YT = yt, XB = xb, YB = yb, Dir = dir, Index = index };
    }

    private void AddEvent(ref int ne, double y)
    {
        if (ne == _events.Length)
        {
            Array.Resize(ref _events, ne * 2);
        }

        _events[ne++] = y;
    }
}
