using Ornament.Geometry;

namespace Ornament.Raster;

/// <summary>Edge set-up: flattened contours → oriented segments in path-local x, split at the clip's left and
/// right edges, bucketed by band.</summary>
internal sealed partial class Rasterizer
{
    private int _clipY0, _clipY1;
    private double _prevEndX, _prevEndY, _contourStartX, _contourStartY;
    private int _pushDir, _chainSlot;

    // The chain slots of a path on the one-signed path: numbered by direction (one two-slot contour: 0 down, 1 up),
    // else as they come (a new slot at each contour and wherever the y direction turns), up to _slotLast.
    private int _slotLast;
    private bool _slotByTurn;
    private int[] _segBands = [];

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void BuildSegments(ReadOnlySpan<Vec2> pts, ReadOnlySpan<int> contourEnds, int ix0, int width, int iy0, int iy1, bool inside)
    {
        _segCount = 0;
        _chainCount = 0;
        _chainSlot = 0;
        _slotByTurn = _shape == SeveralContours || _shape > 2;
        _slotLast = _shape == SeveralContours ? MaxChainIds - 1 : _shape - 1; // several contours share the last slot
        _clipY0 = iy0;
        _clipY1 = iy1;
        int start = 0;
        for (int ci = 0; ci < contourEnds.Length; ci++)
        {
            int end = contourEnds[ci];
            if (OneSigned)
            {
                _chainSlot = ci == 0 ? 0 : Math.Min(_chainSlot + 1, _slotLast); // each contour starts a slot
                _pushDir = 0;
            }

            int first = _segCount;
            int firstChain = _chainCount;
            _prevEndX = _prevEndY = double.NaN;
            if (inside)
            {
                // Every point lies within the clip's columns and the Far box: no edge needs cutting, only the two
                // drops of AddEdgeInBox apply (on the right border; horizontal on a row boundary).
                for (int i = start; i < end; i++)
                {
                    var a = pts[i];
                    var b = i + 1 < end ? pts[i + 1] : pts[start];
                    double xa = a.X - ix0, xb = b.X - ix0;
                    if ((xa >= width && xb >= width) || (a.Y == b.Y && a.Y == Math.Floor(a.Y)))
                    {
                        continue;
                    }

                    Push(xa, a.Y, xb, b.Y);
                }
            }
            else
            {
                for (int i = start; i < end; i++)
                {
                    var a = pts[i];
                    var b = i + 1 < end ? pts[i + 1] : pts[start];
                    AddEdge(a.X - ix0, a.Y, b.X - ix0, b.Y, width, iy0, iy1);
                }
            }

            for (int k = OneSigned ? _segCount : first; k < _segCount; k++) // a one-signed contour reads none of these
            {
                _segs[k].ContourFirst = firstChain;
                _segs[k].ContourLast = _chainCount - 1;
                _segs[k].ContourStartX = _contourStartX;
                _segs[k].ContourStartY = _contourStartY;
            }

            start = end;
        }
    }

    /// <summary>Half-size of the box edges are first cut to (path-local pixels): x in [−Far, width + Far], y in
    /// [−Far, Far]. Inside it the set-up arithmetic below keeps ~1e−8 px; outside it (coordinates up to ±1.8e308)
    /// edges are cut exactly there first. A fixed constant, not the clip, so every band numbers pieces alike.</summary>
    internal const double Far = 1 << 26;

    // Adds one edge in chain order. Edges reaching beyond the Far box are cut to it first: parts above or below it
    // are dropped (no cover is carried vertically), parts left of it become vertical at x = −Far (they still change
    // the winding of everything to their right), parts right of it are dropped (they change nothing visible). Each
    // cut point is interpolated from the edge's end nearer to the cut and computed in halves, so neither the
    // difference of two huge coordinates overflows nor the far end's magnitude swamps the near end's precision: a
    // polygon with vertices at ±1e12 lands within ~1e−4 px of where it should on the canvas.
    private void AddEdge(double xa, double ya, double xb, double yb, int width, int iy0, int iy1)
    {
        double right = width + Far;
        if (xa >= -Far && xa <= right && xb >= -Far && xb <= right && Math.Abs(ya) <= Far && Math.Abs(yb) <= Far)
        {
            AddEdgeInBox(xa, ya, xb, yb, width, iy0, iy1);
            return;
        }

        if ((ya < -Far && yb < -Far) || (ya > Far && yb > Far) || (xa > right && xb > right))
        {
            return;
        }

        // Cut to y in [−Far, Far] (at most both ends move).
        double ax = xa, ay = ya, bx = xb, by = yb;
        if (ay < -Far || ay > Far)
        {
            double yc = ay < -Far ? -Far : Far;
            ax = CrossAt(ya, xa, yb, xb, yc);
            ay = yc;
        }

        if (by < -Far || by > Far)
        {
            double yc = by < -Far ? -Far : Far;
            bx = CrossAt(yb, xb, ya, xa, yc);
            by = yc;
        }

        // Cut at x = −Far and x = width + Far, walking from a to b.
        Span<double> cutsX = stackalloc double[4];
        Span<double> cutsY = stackalloc double[4];
        int n = 0;
        cutsX[n] = ax;
        cutsY[n++] = ay;
        bool leftFirst = ax < bx;
        for (int k = 0; k < 2; k++)
        {
            double xc = (k == 0) == leftFirst ? -Far : right;
            if ((ax < xc && bx > xc) || (ax > xc && bx < xc))
            {
                cutsX[n] = xc;
                cutsY[n++] = CrossAt(ax, ay, bx, by, xc);
            }
        }

        cutsX[n] = bx;
        cutsY[n++] = by;
        for (int i = 0; i + 1 < n; i++)
        {
            double px = cutsX[i], py = cutsY[i], qx = cutsX[i + 1], qy = cutsY[i + 1];
            double mid = (0.5 * px) + (0.5 * qx);
            if (mid > right)
            {
                continue;
            }

            if (mid < -Far)
            {
                px = qx = -Far;
            }

            AddEdgeInBox(Math.Clamp(px, -Far, right), py, Math.Clamp(qx, -Far, right), qy, width, iy0, iy1);
        }
    }

    // The second coordinate of the segment (u0, v0)–(u1, v1) where its first coordinate equals uc (strictly between
    // u0 and u1), interpolated from the end nearer to uc, in halves so no difference overflows.
    private static double CrossAt(double u0, double v0, double u1, double v1, double uc)
    {
        if (Math.Abs(uc - u0) > Math.Abs(uc - u1))
        {
            (u0, v0, u1, v1) = (u1, v1, u0, v0);
        }

        double t = ((0.5 * uc) - (0.5 * u0)) / ((0.5 * u1) - (0.5 * u0));
        double v = v0 + ((((0.5 * v1) - (0.5 * v0)) * t) * 2);
        return Math.Min(Math.Max(v, Math.Min(v0, v1)), Math.Max(v0, v1));
    }

    // Adds one edge inside the Far box in chain order. Parts left of the clip become vertical at x = 0 (they still
    // change the winding of everything to their right); parts right of it are dropped (they change nothing visible).
    // Pieces outside the clip rows are numbered but not stored, so the chain numbering — which decides which cells
    // are "complex" — is a function of the geometry alone: a band of rows renders exactly like the same rows of a
    // full render.
    private void AddEdgeInBox(double xa, double ya, double xb, double yb, int width, int iy0, int iy1)
    {
        if ((xa >= width && xb >= width) || (ya == yb && ya == Math.Floor(ya)))
        {
            // Right of the canvas, or horizontal on a row boundary (splits no pixel).
            return;
        }

        if (xa >= 0 && xb >= 0 && xa <= width && xb <= width)
        {
            // Inside the clip's columns (almost every edge): nothing to cut. The general loop below would push the
            // same piece (it is not on the right border: that case returned above).
            Push(xa, ya, xb, yb);
            return;
        }

        // Parameters where the edge crosses x = 0 and x = width, in order (at most two), then t = 1.
        double dx = xb - xa;
        double t1 = 1, t2 = 1;
        if (dx != 0)
        {
            double t0 = (0 - xa) / dx, tw = (width - xa) / dx;
            bool h0 = t0 > 0 && t0 < 1, hw = tw > 0 && tw < 1;
            if (h0 && hw)
            {
                (t1, t2) = t0 <= tw ? (t0, tw) : (tw, t0);
            }
            else if (h0)
            {
                t1 = t0;
            }
            else if (hw)
            {
                t1 = tw;
            }
        }

        double px = xa, py = ya;
        double t = t1;
        while (true)
        {
            double qx = t == 1 ? xb : xa + (dx * t);
            double qy = t == 1 ? yb : ya + ((yb - ya) * t);
            double mid = 0.5 * (px + qx);
            if (mid < width)
            {
                double cx0 = Math.Clamp(px, 0, width), cx1 = Math.Clamp(qx, 0, width);
                if (mid <= 0)
                {
                    cx0 = cx1 = 0;
                }

                Push(cx0, py, cx1, qy);
            }

            if (t == 1)
            {
                break;
            }

            px = qx;
            py = qy;
            t = t == t1 ? t2 : 1;
        }
    }

    private void Push(double xa, double ya, double xb, double yb)
    {
        // Horizontal pieces add no area but are kept: they split pixels into regions of different winding, which the
        // exactness check must see.
        bool horizontal = ya == yb;
        if (horizontal && xa == xb)
        {
            return;
        }

        int chain = _chainCount++;
        bool connects = false;
        if (OneSigned)
        {
            if (_slotByTurn && ya != yb)
            {
                // A new monotone chain wherever the y direction turns (pieces cut at the clip keep their direction).
                int d = ya < yb ? 1 : -1;
                if (d != _pushDir)
                {
                    _chainSlot += _pushDir != 0 && _chainSlot < _slotLast ? 1 : 0;
                    _pushDir = d;
                }
            }
        }
        else
        {
            // Only the exactness bookkeeping reads these (Rasterizer.Exact.cs).
            connects = _prevEndX == xa && _prevEndY == ya;
            if (double.IsNaN(_prevEndX))
            {
                _contourStartX = xa; // the first numbered piece of the contour starts here
                _contourStartY = ya;
            }

            _prevEndX = xb;
            _prevEndY = yb;
        }

        // Pieces outside the clip rows change nothing there (no cover is carried vertically).
        if (horizontal ? (ya < _clipY0 || ya >= _clipY1) : (Math.Max(ya, yb) <= _clipY0 || Math.Min(ya, yb) >= _clipY1))
        {
            return;
        }

        if (_segCount == _segs.Length)
        {
            Array.Resize(ref _segs, _segs.Length * 2);
        }

        ref var s = ref _segs[_segCount];
        if (!OneSigned)
        {
            // Only the exactness bookkeeping reads these (Rasterizer.Exact.cs).
            s.StartX = xa;
            s.StartY = ya;
            s.EndX = xb;
            s.EndY = yb;
            s.ConnectsToPrev = connects;
        }

        if (ya <= yb)
        {
            s.X0 = xa; s.Y0 = ya; s.X1 = xb; s.Y1 = yb; s.Dir = 1;
        }
        else
        {
            s.X0 = xb; s.Y0 = yb; s.X1 = xa; s.Y1 = ya; s.Dir = -1;
        }

        s.Horizontal = horizontal;
        s.Chain = _slotByTurn ? _chainSlot : s.Dir > 0 ? 0 : 1;
        s.Dxdy = horizontal ? 0 : (s.X1 - s.X0) / (s.Y1 - s.Y0);
        s.Index = chain;
        _segCount++;
    }

    // CSR buckets: the segments of each band, in index (chain) order.
    private void BucketByBand(int iy0, int iy1, int bands)
    {
        if (_bandStart.Length < bands + 1)
        {
            _bandStart = new int[Math.Max(bands + 1, _bandStart.Length * 2)];
        }

        var start = _bandStart.AsSpan(0, bands + 1);
        if (bands == 1)
        {
            // A small shape: one band holds every segment, already in chain order.
            if (_bandItems.Length < _segCount)
            {
                _bandItems = new int[Math.Max(_segCount, _bandItems.Length * 2)];
            }

            for (int i = 0; i < _segCount; i++)
            {
                _bandItems[i] = i;
            }

            start[0] = 0;
            start[1] = _segCount;
            return;
        }

        start.Clear();
        if (_segBands.Length < 2 * _segCount)
        {
            _segBands = new int[Math.Max(2 * _segCount, _segBands.Length * 2)];
        }

        var ranges = _segBands.AsSpan(0, 2 * _segCount); // each segment's band range, for the second pass
        int total = 0;
        for (int i = 0; i < _segCount; i++)
        {
            var (b0, b1) = BandRange(in _segs[i], iy0, iy1);
            ranges[2 * i] = b0;
            ranges[(2 * i) + 1] = b1;
            for (int b = b0; b <= b1; b++)
            {
                start[b + 1]++;
            }

            total += b1 - b0 + 1;
        }

        for (int b = 0; b < bands; b++)
        {
            start[b + 1] += start[b];
        }

        if (_bandItems.Length < total)
        {
            _bandItems = new int[Math.Max(total, _bandItems.Length * 2)];
        }

        Span<int> fill = bands <= 256 ? stackalloc int[bands] : new int[bands];
        start[..bands].CopyTo(fill);
        var items = _bandItems.AsSpan();
        for (int i = 0; i < _segCount; i++)
        {
            int b1 = ranges[(2 * i) + 1];
            for (int b = ranges[2 * i]; b <= b1; b++)
            {
                items[fill[b]++] = i;
            }
        }
    }

    private static (int First, int Last) BandRange(in Segment s, int iy0, int iy1)
    {
        int r0 = Math.Max(iy0, (int)Math.Floor(s.Y0));
        int r1 = s.Horizontal ? r0 : Math.Min(iy1 - 1, (int)Math.Ceiling(s.Y1) - 1);
        if (r1 < r0)
        {
            r1 = r0; // cannot happen for a segment that overlaps the rows; keeps the bucket ranges sane
        }

        return ((r0 - iy0) / BandHeight, (r1 - iy0) / BandHeight);
    }
}
