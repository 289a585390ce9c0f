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
    /// <summary>Most y-monotone chains a contour may have to be tested (brush strokes have 2–6, the closed curves of the curves scene up to ~30).</summary>
    internal const int MaxChains = 32;

    /// <summary>True while the one-signed contour being filled is of more than two chains: its pieces carry the
    /// number of their chain and rows are emitted by <c>EmitRowChains</c>.</summary>
    private bool _multi;

    // Sets _simple, _multi and _chainIds for the path about to be filled. The chains are counted once: two go to
    // IsOneSign (convex, or IsMonotoneSimple), four to MaxChains to the chain test, more to the general path.
    [System.Runtime.CompilerServices.SkipLocalsInit] // the chain tables are written before they are read
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
        Span<int> start = stackalloc int[MaxChains + 1];
        Span<int> dirs = stackalloc int[MaxChains + 1];
        Span<double> box = stackalloc double[2 * (MaxChains + 1)];
        int k = SplitChains(pts, start, dirs, box, out bool flatJoin);
        if (k == 2)
        {
            // IsOneSign with IsMonotoneSimple's chain count already done (the same answer: either test suffices).
            _simple = TwoChainsApart(pts, dirs[0] > 0 ? start[0] : start[1], dirs[0] > 0 ? start[1] : start[0]) || IsConvex(pts);
            return;
        }

        if (k < 4)
        {
            _simple = k >= 0 && IsOneSign(pts);
            return;
        }

        if (k <= MaxChains && !flatJoin && ChainsApart(pts, start, dirs, box, k))
        {
            _simple = _multi = true;
            _chainIds = k + 1;
        }
    }

    /// <summary>One contour of 4 to <see cref="MaxChains"/> y-monotone chains, no two of which meet except
    /// neighbours at their shared vertex (see the remarks). Returns the number of chains, or 0.</summary>
    [System.Runtime.CompilerServices.SkipLocalsInit]
    internal static int SimpleChainCount(ReadOnlySpan<Vec2> pts)
    {
        Span<int> start = stackalloc int[MaxChains + 1];
        Span<int> dirs = stackalloc int[MaxChains + 1];
        Span<double> box = stackalloc double[2 * (MaxChains + 1)];
        int k = SplitChains(pts, start, dirs, box, out bool flatJoin);
        return k >= 4 && k <= MaxChains && !flatJoin && ChainsApart(pts, start, dirs, box, k) ? k : 0;
    }

    // Cuts the contour into its y-monotone chains: chain j starts at vertex start[j] and runs to start[j + 1]
    // (cyclically) in direction dirs[j]; box[2j], box[2j + 1] are its x range. Returns the number of chains (the
    // number of changes of y direction round the cycle), MaxChains + 2 when there are more than MaxChains + 1, −1
    // for a NaN. flatJoin: a horizontal edge lies where two chains join.
    private static int SplitChains(ReadOnlySpan<Vec2> pts, Span<int> start, Span<int> dirs, Span<double> box, out bool flatJoin)
    {
        flatJoin = false;
        int n = pts.Length;
        int k = 0, last = 0;
        bool prevHorizontal = false, firstPrevHorizontal = false;
        double lx = double.PositiveInfinity, hx = double.NegativeInfinity, preLo = lx, preHi = hx;
        for (int i = 0; i < n; i++)
        {
            var p = pts[i];
            var q = pts[i + 1 < n ? i + 1 : 0];
            double dy = q.Y - p.Y;
            int sgn = dy > 0 ? 1 : dy < 0 ? -1 : 0;
            if (sgn == 0)
            {
                if (double.IsNaN(dy))
                {
                    return -1;
                }

                prevHorizontal |= q.X != p.X; // a repeated point (a closing point written twice) is no edge
            }
            else
            {
                if (sgn != last)
                {
                    if (k == MaxChains + 1)
                    {
                        return MaxChains + 2;
                    }

                    if (k == 0)
                    {
                        firstPrevHorizontal = prevHorizontal;
                        (preLo, preHi) = (lx, hx);
                    }
                    else
                    {
                        flatJoin |= prevHorizontal;
                        box[(2 * k) - 2] = lx;
                        box[(2 * k) - 1] = hx;
                    }

                    lx = hx = p.X;
                    start[k] = i;
                    dirs[k++] = sgn;
                    last = sgn;
                }

                prevHorizontal = false;
            }

            lx = Math.Min(lx, Math.Min(p.X, q.X));
            hx = Math.Max(hx, Math.Max(p.X, q.X));
        }

        if (k == 0)
        {
            return 0;
        }

        lx = Math.Min(lx, preLo);
        hx = Math.Max(hx, preHi);
        if (dirs[k - 1] == dirs[0])
        {
            // The last chain runs on into the first: one chain, starting where the last one starts.
            k--;
            start[0] = start[k];
            box[0] = Math.Min(box[0], lx);
            box[1] = Math.Max(box[1], hx);
        }
        else
        {
            flatJoin |= firstPrevHorizontal || prevHorizontal;
            box[(2 * k) - 2] = lx;
            box[(2 * k) - 1] = hx;
        }

        return k;
    }

    // No two of the k chains meet, except neighbours at the vertex they share. Pairs whose boxes are apart are not
    // walked.
    [System.Runtime.CompilerServices.SkipLocalsInit]
    private static bool ChainsApart(ReadOnlySpan<Vec2> pts, Span<int> start, Span<int> dirs, Span<double> box, int k)
    {
        Span<double> y0 = stackalloc double[MaxChains], y1 = stackalloc double[MaxChains];
        for (int j = 0; j < k; j++)
        {
            if (!(double.IsFinite(box[2 * j]) && double.IsFinite(box[(2 * j) + 1])))
            {
                return false;
            }

            double ya = pts[start[j]].Y, yb = pts[start[j + 1 < k ? j + 1 : 0]].Y;
            y0[j] = Math.Min(ya, yb);
            y1[j] = Math.Max(ya, yb);
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
                if (!PairApart(Cursor(pts, start, dirs, k, i), Cursor(pts, start, dirs, k, j), shared >= 0 ? pts[shared].Y : double.NaN))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // Two chains keep a strict left/right order over their shared rows (touching only at y = sharedY, where two
    // neighbours meet). Both are straight between consecutive vertex ys, so they are compared there: each step
    // interpolates at most one value (the edge that does not end there) and compares once more only where a chain
    // jumps sideways (a horizontal edge inside it).
    private static bool PairApart(ChainCursor a, ChainCursor b, double sharedY)
    {
        if (!a.Next() || !b.Next())
        {
            return false;
        }

        double lo = Math.Max(a.Y0, b.Y0);
        while (a.Y1 < lo)
        {
            if (!a.Next())
            {
                return false;
            }
        }

        while (b.Y1 < lo)
        {
            if (!b.Next())
            {
                return false;
            }
        }

        int sign = 0;
        if (!Apart(a.At(lo), b.At(lo), a.IsVertex(lo) && b.IsVertex(lo), lo == sharedY, ref sign))
        {
            return false;
        }

        while (true)
        {
            double hi = Math.Min(a.Y1, b.Y1);
            bool endA = a.Y1 == hi, endB = b.Y1 == hi;
            double xa = endA ? a.X1 : a.At(hi), xb = endB ? b.X1 : b.At(hi);
            if (!Apart(xa, xb, (endA || a.Y0 == hi) && (endB || b.Y0 == hi), hi == sharedY, ref sign))
            {
                return false;
            }

            bool jump = false;
            if (endA)
            {
                if (!a.Next())
                {
                    return true; // one chain ends: the shared rows are done
                }

                jump = a.X0 != xa;
            }

            if (endB)
            {
                if (!b.Next())
                {
                    return true;
                }

                jump |= b.X0 != xb;
            }

            if (jump && !Apart(a.At(hi), b.At(hi), a.IsVertex(hi) && b.IsVertex(hi), hi == sharedY, ref sign))
            {
                return false;
            }
        }
    }

    private static ChainCursor Cursor(ReadOnlySpan<Vec2> pts, Span<int> start, Span<int> dirs, int k, int j)
    {
        int a = start[j], b = start[j + 1 < k ? j + 1 : 0];
        return dirs[j] > 0 ? new ChainCursor(pts, a, b, +1) : new ChainCursor(pts, b, a, -1);
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

    // Walks the non-horizontal edges of one chain from its top vertex to its bottom vertex, oriented downwards, with
    // each edge's slope computed once.
    private ref struct ChainCursor(ReadOnlySpan<Vec2> pts, int top, int bottom, int step)
    {
        private readonly ReadOnlySpan<Vec2> _pts = pts;
        private int _at = top;

        public double X0, Y0, X1, Y1, Slope;

        public bool Next()
        {
            int n = _pts.Length;
            while (_at != bottom)
            {
                int nx = _at + step;
                nx = nx == n ? 0 : nx < 0 ? n - 1 : nx;
                var a = _pts[_at];
                var b = _pts[nx];
                _at = nx;
                if (b.Y > a.Y)
                {
                    (X0, Y0, X1, Y1) = (a.X, a.Y, b.X, b.Y);
                    Slope = (X1 - X0) / (Y1 - Y0);
                    return true;
                }

                if (b.Y < a.Y)
                {
                    return false; // not monotone (cannot happen inside a chain)
                }
            }

            return false;
        }

        public readonly bool IsVertex(double y) => y == Y0 || y == Y1;

        // x at y in [Y0, Y1]; exact at the vertices.
        public readonly double At(double y) => y == Y0 ? X0 : y == Y1 ? X1 : X0 + ((y - Y0) * Slope);
    }
}
