using Ornament.Geometry;

namespace Ornament.Raster;

/// <summary>Edge set-up: flattened contours → oriented segments in path-local x, split at the clip's left and
/// right edges, bucketed by band.</summary>
internal sealed partial class Rasterizer
{
    private int _clipY0, _clipY1;

    private void BuildSegments(FlattenedPath path, int ix0, int width, int iy0, int iy1)
    {
        _segCount = 0;
        _clipY0 = iy0;
        _clipY1 = iy1;
        var pts = path.Points;
        int start = 0;
        foreach (int end in path.ContourEnds)
        {
            int first = _segCount;
            for (int i = start; i < end; i++)
            {
                var a = pts[i];
                var b = i + 1 < end ? pts[i + 1] : pts[start];
                AddEdge(a.X - ix0, a.Y, b.X - ix0, b.Y, width, iy0, iy1);
            }

            for (int k = first; k < _segCount; k++)
            {
                _segs[k].ContourFirst = first;
                _segs[k].ContourLast = _segCount - 1;
            }

            start = end;
        }
    }

    // Adds one edge in chain order. Parts left of the clip become vertical at x = 0 (they still change the winding
    // of everything to their right); parts right of it are dropped (they change nothing visible).
    private void AddEdge(double xa, double ya, double xb, double yb, int width, int iy0, int iy1)
    {
        if (Math.Max(ya, yb) <= iy0 || Math.Min(ya, yb) >= iy1 || (xa >= width && xb >= width) ||
            (ya == yb && ya == Math.Floor(ya)))
        {
            // Outside the clip rows, right of the canvas, or horizontal on a row boundary (splits no pixel).
            return;
        }

        Span<double> ts = stackalloc double[4];
        int n = 0;
        ts[n++] = 0;
        double dx = xb - xa;
        if (dx != 0)
        {
            double t0 = (0 - xa) / dx, tw = (width - xa) / dx;
            if (t0 > 0 && t0 < 1)
            {
                ts[n++] = t0;
            }

            if (tw > 0 && tw < 1)
            {
                ts[n++] = tw;
            }

            if (n == 3 && ts[1] > ts[2])
            {
                (ts[1], ts[2]) = (ts[2], ts[1]);
            }
        }

        ts[n++] = 1;
        double px = xa, py = ya;
        for (int k = 1; k < n; k++)
        {
            double t = ts[k];
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

            px = qx;
            py = qy;
        }
    }

    private void Push(double xa, double ya, double xb, double yb)
    {
        // Pieces outside the clip rows change nothing there (no cover is carried vertically). Horizontal pieces add
        // no area but are kept: they split pixels into regions of different winding, which the exactness check must see.
        bool horizontal = ya == yb;
        if (horizontal ? (ya < _clipY0 || ya >= _clipY1 || xa == xb) : (Math.Max(ya, yb) <= _clipY0 || Math.Min(ya, yb) >= _clipY1))
        {
            return;
        }

        if (_segCount == _segs.Length)
        {
            Array.Resize(ref _segs, _segs.Length * 2);
        }

        ref var s = ref _segs[_segCount];
        s.StartX = xa;
        s.StartY = ya;
        s.EndX = xb;
        s.EndY = yb;
        s.ConnectsToPrev = _segCount > 0 && _segs[_segCount - 1].EndX == xa && _segs[_segCount - 1].EndY == ya;
        if (ya <= yb)
        {
            s.X0 = xa; s.Y0 = ya; s.X1 = xb; s.Y1 = yb; s.Dir = 1;
        }
        else
        {
            s.X0 = xb; s.Y0 = yb; s.X1 = xa; s.Y1 = ya; s.Dir = -1;
        }

        s.Horizontal = horizontal;
        s.Dxdy = horizontal ? 0 : (s.X1 - s.X0) / (s.Y1 - s.Y0);
        s.Index = _segCount;
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
        start.Clear();
        int total = 0;
        for (int i = 0; i < _segCount; i++)
        {
            var (b0, b1) = BandRange(in _segs[i], iy0, iy1);
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
        for (int i = 0; i < _segCount; i++)
        {
            var (b0, b1) = BandRange(in _segs[i], iy0, iy1);
            for (int b = b0; b <= b1; b++)
            {
                _bandItems[fill[b]++] = i;
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
