using Ornament.Geometry;

namespace Ornament.Raster;

/// <summary>Single contours of a few y-monotone chains that never meet (brush strokes: arcs, hooks, S-curves) skip
/// the exactness bookkeeping like the one-signed contours of Rasterizer.Convex.cs.</summary>
/// <remarks>
/// A closed contour that does not cross itself has winding 0 outside and ±1 (one sign) inside, so plain
/// accumulation is exact for it under both rules. The test is conservative: the contour is cut into its k y-monotone
/// chains at every change of y direction (k ≤ <see cref="MaxChains"/>), and every pair of chains whose y ranges
/// overlap must keep a strict left/right order over the shared rows — compared at every vertex y of either chain,
/// where both are straight in between — except at the one vertex two neighbouring chains share. A vertex compared
/// with the other chain's edge goes by the sign of a cross product, which must clear a margin far above its
/// rounding; a contour with a horizontal edge where two chains join (a third chain could pass through it unseen) is
/// not accepted. Whatever is not accepted takes the general, exact path. Rows are emitted from one cell range per
/// chain (Rasterizer.Simple.cs).
/// </remarks>
internal sealed partial class Rasterizer
{
    /// <summary>Most y-monotone chains a contour may have to be tested (brush strokes have 2–6; the closed curves of
    /// the curves scene that do not cross themselves up to ~30).</summary>
    internal const int MaxChains = 32;

    // Sets _shape for the path about to be filled (Rasterizer.Contours.cs): every contour one-signed (ContourSlots)
    // and no two able to interact, or else the general path. A shape ≥ 0 was worked out before (PathShape of the
    // same points) and is taken as it is.
    private void Classify(ReadOnlySpan<Vec2> points, ReadOnlySpan<int> contourEnds, int shape) =>
        _shape = shape >= 0 ? shape : PathShape(points, contourEnds);

    // The chain slots one contour needs on the one-signed path, or 0 when it is not known to be one-signed: 2 for a
    // convex contour or two chains apart (slots by direction), k + 1 for k = 4 … MaxChains chains apart (slots in
    // contour order: the chain the contour starts in is numbered at both ends).
    [System.Runtime.CompilerServices.SkipLocalsInit] // the chain tables are written before they are read
    private static int ContourSlots(ReadOnlySpan<Vec2> pts, ref Vec2[] scratch)
    {
        Span<int> start = stackalloc int[MaxChains + 1];
        Span<int> dirs = stackalloc int[MaxChains + 1];
        var shape = Scan<WithoutArea>(pts, start, dirs, default);
        return ContourSlots(pts, in shape, start, dirs, ref scratch);
    }

    // ContourSlots once the contour has been scanned: convex first (no more work), then the chain tests.
    private static int ContourSlots(ReadOnlySpan<Vec2> pts, in ContourShape shape, Span<int> start, Span<int> dirs, ref Vec2[] scratch)
    {
        if (shape.Convex)
        {
            return 2;
        }

        int k = shape.Chains;
        if (k == 2)
        {
            return TwoChainsApart(pts, start, dirs) ? 2 : 0; // IsMonotoneSimple with its chain count already done
        }

        if (k < 4 || k > MaxChains || shape.FlatJoin)
        {
            return 0; // not convex, not two chains, or too many: IsOneSign says no
        }

        if (scratch.Length < pts.Length + k)
        {
            scratch = new Vec2[Math.Max(pts.Length + k, scratch.Length * 2)];
        }

        return ChainsApart(pts, start, dirs, k, scratch) ? k + 1 : 0;
    }

    /// <summary>One contour of 4 to <see cref="MaxChains"/> y-monotone chains, no two of which meet except
    /// neighbours at their shared vertex (see the remarks). Returns the number of chains, or 0.</summary>
    [System.Runtime.CompilerServices.SkipLocalsInit]
    internal static int SimpleChainCount(ReadOnlySpan<Vec2> pts)
    {
        Span<int> start = stackalloc int[MaxChains + 1];
        Span<int> dirs = stackalloc int[MaxChains + 1];
        var shape = Scan<WithoutArea>(pts, start, dirs, default);
        int k = shape.Chains;
        return k >= 4 && k <= MaxChains && !shape.FlatJoin && ChainsApart(pts, start, dirs, k, new Vec2[pts.Length + k]) ? k : 0;
    }

    // No two of the k chains meet, except neighbours at the vertex they share. Each chain is first copied top to
    // bottom into `scratch` (n + k points); pairs whose boxes are apart are not walked.
    [System.Runtime.CompilerServices.SkipLocalsInit]
    private static bool ChainsApart(ReadOnlySpan<Vec2> pts, Span<int> start, Span<int> dirs, int k, Span<Vec2> scratch)
    {
        int n = pts.Length;
        Span<double> y0 = stackalloc double[MaxChains], y1 = stackalloc double[MaxChains];
        Span<double> box = stackalloc double[2 * MaxChains]; // x range of each chain
        Span<int> off = stackalloc int[MaxChains + 1];
        int m = 0;
        for (int j = 0; j < k; j++)
        {
            int a = start[j], b = start[j + 1 < k ? j + 1 : 0];
            y0[j] = Math.Min(pts[a].Y, pts[b].Y);
            y1[j] = Math.Max(pts[a].Y, pts[b].Y);
            off[j] = m;
            if (dirs[j] > 0)
            {
                for (int i = a; ; i = i + 1 == n ? 0 : i + 1)
                {
                    scratch[m++] = pts[i];
                    if (i == b)
                    {
                        break;
                    }
                }
            }
            else
            {
                for (int i = b; ; i = i == 0 ? n - 1 : i - 1)
                {
                    scratch[m++] = pts[i];
                    if (i == a)
                    {
                        break;
                    }
                }
            }
        }

        off[k] = m;
        for (int j = 0; j < k; j++)
        {
            double lx = double.PositiveInfinity, hx = double.NegativeInfinity;
            foreach (var p in scratch[off[j]..off[j + 1]])
            {
                lx = Math.Min(lx, p.X);
                hx = Math.Max(hx, p.X);
            }

            if (!(double.IsFinite(lx) && double.IsFinite(hx)))
            {
                return false;
            }

            box[2 * j] = lx;
            box[(2 * j) + 1] = hx;
        }

        for (int i = 0; i < k; i++)
        {
            for (int j = i + 1; j < k; j++)
            {
                if (y0[i] > y1[j] || y0[j] > y1[i] || box[2 * i] > box[(2 * j) + 1] || box[2 * j] > box[(2 * i) + 1])
                {
                    continue; // boxes apart: the chains cannot meet
                }

                // Neighbours share one vertex: chain i ends where i + 1 starts; the last chain ends where 0 starts.
                int shared = j == i + 1 ? start[j] : (i == 0 && j == k - 1) ? start[0] : -1;
                if (!PairApart(scratch[off[i]..off[i + 1]], scratch[off[j]..off[j + 1]], shared >= 0 ? pts[shared].Y : double.NaN))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // Two chains (vertices top to bottom, y never decreasing) keep a strict left/right order over their shared rows,
    // touching only at y = sharedY where two neighbours meet. Both are straight between consecutive vertex ys, so they
    // are compared at every vertex y of either: vertex x against vertex x where both have one there (exact), else each
    // vertex of the one against the other's edge by the sign of a cross product (no division), which must clear a
    // margin far above its rounding. A chain with several vertices at one y (a horizontal edge inside it) is compared
    // with all of them.
    private static bool PairApart(ReadOnlySpan<Vec2> a, ReadOnlySpan<Vec2> b, double sharedY)
    {
        int na = a.Length, nb = b.Length;
        double lo = Math.Max(a[0].Y, b[0].Y);
        int ia = FirstAtOrBelow(a, lo), ib = FirstAtOrBelow(b, lo); // both exist: the box test saw to it

        int sign = 0;
        while (true)
        {
            double y = Math.Min(a[ia].Y, b[ib].Y);
            bool va = a[ia].Y == y, vb = b[ib].Y == y;
            int ea = ia, eb = ib; // one past the vertices at y
            double aMin = 0, aMax = 0, bMin = 0, bMax = 0;
            if (va)
            {
                aMin = aMax = a[ia].X;
                while (++ea < na && a[ea].Y == y)
                {
                    aMin = Math.Min(aMin, a[ea].X);
                    aMax = Math.Max(aMax, a[ea].X);
                }
            }

            if (vb)
            {
                bMin = bMax = b[ib].X;
                while (++eb < nb && b[eb].Y == y)
                {
                    bMin = Math.Min(bMin, b[eb].X);
                    bMax = Math.Max(bMax, b[eb].X);
                }
            }

            int s;
            if (va && vb)
            {
                s = aMax < bMin ? -1 : aMin > bMax ? 1 : 0;
                if (s == 0)
                {
                    if (y == sharedY && aMin == aMax && bMin == bMax && aMin == bMin)
                    {
                        s = sign; // the shared vertex: neither order nor a meeting
                    }
                    else
                    {
                        return false;
                    }
                }
            }
            else if (va)
            {
                // a's vertices against b's edge b[ib − 1] → b[ib] (ib ≥ 1: y lies strictly inside it).
                s = Side(aMin, y, b[ib - 1], b[ib]);
                if (s == 0 || Side(aMax, y, b[ib - 1], b[ib]) != s)
                {
                    return false;
                }
            }
            else
            {
                s = -Side(bMin, y, a[ia - 1], a[ia]);
                if (s == 0 || -Side(bMax, y, a[ia - 1], a[ia]) != s)
                {
                    return false;
                }
            }

            if (sign == 0)
            {
                sign = s;
            }
            else if (s != sign && s != 0)
            {
                return false;
            }

            ia = ea;
            ib = eb;
            if (ia == na || ib == nb)
            {
                return true; // a chain ended at y: the shared rows are done
            }
        }
    }

    // The first vertex of a chain (y never decreasing) at or below y, by bisection: a long chain paired with a short
    // one lower down skips its upper part in O(log n), not vertex by vertex.
    private static int FirstAtOrBelow(ReadOnlySpan<Vec2> chain, double y)
    {
        int lo = 0, hi = chain.Length - 1; // chain[hi].Y ≥ y
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (chain[mid].Y < y)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // The side of point (px, y) relative to the edge p → q (p.Y < y < q.Y): +1 right (larger x), −1 left, 0 when the
    // cross product does not clear its rounding margin (or is not a number).
    private static int Side(double px, double y, Vec2 p, Vec2 q)
    {
        double t1 = (px - p.X) * (q.Y - p.Y), t2 = (y - p.Y) * (q.X - p.X), c = t1 - t2;
        double margin = (1e-12 * (Math.Abs(t1) + Math.Abs(t2))) + 1e-300;
        return c > margin ? 1 : c < -margin ? -1 : 0;
    }
}
