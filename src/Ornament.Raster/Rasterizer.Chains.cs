using Ornament.Geometry;

namespace Ornament.Raster;

/// <summary>Single contours of a few y-monotone chains that never meet (brush strokes: arcs, hooks, S-curves) skip
/// the exactness bookkeeping like the one-signed contours of Rasterizer.Convex.cs.</summary>
/// <remarks>
/// A closed contour that does not cross itself has winding 0 outside and ±1 (one sign) inside, so plain
/// accumulation is exact for it under both rules. The test is conservative: the contour is cut into its k y-monotone
/// chains at every change of y direction (k ≤ <see cref="MaxChains"/>), and every pair of chains whose y ranges
/// overlap must keep a strict left/right order over the shared rows — compared at every vertex y of either chain,
/// where both are straight in between — except at the one vertex two neighbouring chains share. A value
/// interpolated inside an edge must clear the same margin as in <c>IsMonotoneSimple</c>; a contour with a
/// horizontal edge where two chains join (a third chain could pass through it unseen) is not accepted. Whatever is
/// not accepted takes the general, exact path. Rows are emitted from one cell range per chain (Rasterizer.Simple.cs).
/// </remarks>
internal sealed partial class Rasterizer
{
    /// <summary>Most y-monotone chains a contour may have to be tested (brush strokes have 2–6).</summary>
    internal const int MaxChains = 8;

    /// <summary>True while the one-signed contour being filled is of more than two chains: its pieces carry the
    /// number of their chain and rows are emitted by <c>EmitRowChains</c>.</summary>
    private bool _multi;

    // Sets _simple, _multi and _chainIds for the path about to be filled.
    private void Classify(ReadOnlySpan<Vec2> points, ReadOnlySpan<int> contourEnds)
    {
        _multi = false;
        _chainIds = 2;
        _simple = false;
        if (contourEnds.Length != 1)
        {
            return;
        }

        var pts = points[..contourEnds[0]];
        if (IsOneSign(pts))
        {
            _simple = true;
            return;
        }

        int k = SimpleChainCount(pts);
        if (k > 0)
        {
            _simple = _multi = true;
            _chainIds = k + 1;
        }
    }

    /// <summary>One contour of 4 to <see cref="MaxChains"/> y-monotone chains, no two of which meet except
    /// neighbours at their shared vertex (see the remarks). Returns the number of chains, or 0.</summary>
    internal static int SimpleChainCount(ReadOnlySpan<Vec2> pts)
    {
        int n = pts.Length;
        if (n < 4)
        {
            return 0;
        }

        // Start vertex and direction of each chain, in contour order.
        Span<int> start = stackalloc int[MaxChains + 1];
        Span<int> dirs = stackalloc int[MaxChains + 1];
        int k = 0, last = 0;
        bool prevHorizontal = false, firstPrevHorizontal = false;
        for (int i = 0; i < n; i++)
        {
            var q = pts[i + 1 < n ? i + 1 : 0];
            double dy = q.Y - pts[i].Y;
            int sgn = dy > 0 ? 1 : dy < 0 ? -1 : 0;
            if (sgn == 0)
            {
                if (double.IsNaN(dy))
                {
                    return 0;
                }

                prevHorizontal |= q.X != pts[i].X; // a repeated point (a closing point written twice) is no edge
                continue;
            }

            if (sgn != last)
            {
                if (k == MaxChains + 1)
                {
                    return 0;
                }

                if (k == 0)
                {
                    firstPrevHorizontal = prevHorizontal;
                }
                else if (prevHorizontal)
                {
                    return 0; // a horizontal edge where two chains join
                }

                start[k] = i;
                dirs[k++] = sgn;
                last = sgn;
            }

            prevHorizontal = false;
        }

        if (k > 0 && dirs[k - 1] == dirs[0])
        {
            k--; // the last chain runs on into the first: they are one chain (starting at the last one's start)
            start[0] = start[k];
        }
        else if (firstPrevHorizontal || prevHorizontal)
        {
            return 0; // a horizontal edge at the join of the last chain and the first
        }

        if (k < 4 || k > MaxChains || (k & 1) != 0)
        {
            return 0;
        }

        // Each chain runs from start[j] to start[j + 1] (cyclically); record its box.
        Span<double> x0 = stackalloc double[MaxChains], x1 = stackalloc double[MaxChains];
        Span<double> y0 = stackalloc double[MaxChains], y1 = stackalloc double[MaxChains];
        for (int j = 0; j < k; j++)
        {
            int a = start[j], b = start[j + 1 < k ? j + 1 : 0];
            double lx = double.PositiveInfinity, hx = double.NegativeInfinity;
            for (int i = a; ; i = i + 1 == n ? 0 : i + 1)
            {
                lx = Math.Min(lx, pts[i].X);
                hx = Math.Max(hx, pts[i].X);
                if (i == b)
                {
                    break;
                }
            }

            if (!(double.IsFinite(lx) && double.IsFinite(hx)))
            {
                return 0;
            }

            x0[j] = lx;
            x1[j] = hx;
            y0[j] = Math.Min(pts[a].Y, pts[b].Y);
            y1[j] = Math.Max(pts[a].Y, pts[b].Y);
        }

        for (int i = 0; i < k; i++)
        {
            for (int j = i + 1; j < k; j++)
            {
                if (y0[i] > y1[j] || y0[j] > y1[i] || x0[i] > x1[j] || x0[j] > x1[i])
                {
                    continue; // boxes apart: the chains cannot meet
                }

                // Neighbours share one vertex: chain i ends where i + 1 starts; the last chain ends where 0 starts.
                int shared = j == i + 1 ? start[j] : (i == 0 && j == k - 1) ? start[0] : -1;
                if (!ChainsApart(pts, start, dirs, k, i, j, shared))
                {
                    return 0;
                }
            }
        }

        return k;
    }

    // The chains i and j keep a strict left/right order over their shared rows (touching only at the vertex
    // `shared`, if they are neighbours).
    private static bool ChainsApart(ReadOnlySpan<Vec2> pts, Span<int> start, Span<int> dirs, int k, int i, int j, int shared)
    {
        var a = Walker(pts, start, dirs, k, i);
        var b = Walker(pts, start, dirs, k, j);
        if (!a.Next() || !b.Next())
        {
            return false;
        }

        double sharedY = shared >= 0 ? pts[shared].Y : double.NaN;
        double lo0 = Math.Max(a.Y0, b.Y0);
        while (a.Y1 < lo0)
        {
            if (!a.Next())
            {
                return false;
            }
        }

        while (b.Y1 < lo0)
        {
            if (!b.Next())
            {
                return false;
            }
        }

        int sign = 0;
        while (true)
        {
            double lo = Math.Max(a.Y0, b.Y0), hi = Math.Min(a.Y1, b.Y1);
            if (!(hi >= lo))
            {
                return false;
            }

            if (!Apart(a.At(lo, out bool e1), b.At(lo, out bool e2), e1 && e2, lo == sharedY, ref sign) ||
                !Apart(a.At(hi, out e1), b.At(hi, out e2), e1 && e2, hi == sharedY, ref sign))
            {
                return false;
            }

            bool endA = a.Y1 == hi, endB = b.Y1 == hi;
            if (endA && !a.Next())
            {
                return true; // chain i ends here: the shared rows are done
            }

            if (endB && !b.Next())
            {
                return true;
            }
        }
    }

    private static ChainWalker Walker(ReadOnlySpan<Vec2> pts, Span<int> start, Span<int> dirs, int k, int j)
    {
        int a = start[j], b = start[j + 1 < k ? j + 1 : 0];
        return dirs[j] > 0 ? new ChainWalker(pts, a, b, +1) : new ChainWalker(pts, b, a, -1);
    }

    // Like Agrees, but a difference of exactly 0 is allowed only at the vertex two neighbouring chains share.
    private static bool Apart(double xa, double xb, bool exact, bool atShared, ref int sign)
    {
        double v = xa - xb;
        if (exact && v == 0)
        {
            return atShared;
        }

        double margin = exact ? 0 : 1e-9 * (Math.Abs(xa) + Math.Abs(xb) + 1);
        if (!(Math.Abs(v) > margin))
        {
            return false; // NaN, or too close to trust its sign
        }

        int s = v > 0 ? 1 : -1;
        if (sign == 0)
        {
            sign = s;
        }

        return s == sign;
    }
}
