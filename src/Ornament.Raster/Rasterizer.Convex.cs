using Ornament.Geometry;

namespace Ornament.Raster;

/// <summary>Single convex or y-monotone simple contours skip the exactness bookkeeping.</summary>
/// <remarks>
/// Accumulation gives ∫ winding over each pixel; it is only the fill rule's fold (min(|w|, 1), or w mod 2) that
/// needs complex cells recomputed, and only where the winding inside one pixel takes values the fold treats
/// differently (0 and 2, +1 and −1, …). Inside a convex contour — or any contour made of one descending and one
/// ascending chain that never cross (squares, octagons, staircases, crosses) — the winding is ±1 (one sign) and 0
/// outside, so the fold of the integral is the integral of the fold: every cell is exact as accumulated, under both
/// rules, however many of its edges share a pixel. Such a path tracks no owners, marks no horizontal pieces and is
/// emitted row by row from the two cell ranges its chains wrote (Rasterizer.Simple.cs).
/// </remarks>
internal sealed partial class Rasterizer
{
    /// <summary>True while the path being filled is one-signed — one convex contour, one of chains that never meet,
    /// or several such contours that cannot interact (Rasterizer.Contours.cs): no exactness bookkeeping, rows
    /// emitted by <c>EmitRowSimple</c>.</summary>
    private bool OneSigned => _shape > 0;

    /// <summary>One contour whose winding number is 0 or one sign everywhere (see the remarks).</summary>
    internal static bool IsOneSign(ReadOnlySpan<Vec2> pts) => IsConvex(pts) || IsMonotoneSimple(pts);

    // Convex (weakly: collinear and repeated points allowed): see Scan (Rasterizer.Scan.cs), which answers it with the
    // other questions in one pass.
    [System.Runtime.CompilerServices.SkipLocalsInit]
    internal static bool IsConvex(ReadOnlySpan<Vec2> pts) =>
        Scan<WithoutArea>(pts, stackalloc int[MaxChains + 1], stackalloc int[MaxChains + 1], default).Convex;

    // The turn from edge e to edge f, if its sign is certain, agrees with the turns so far.
    private static bool SameTurn(double ex, double ey, double fx, double fy, ref int turn)
    {
        double p = ex * fy, q = ey * fx, cross = p - q;
        if (!(Math.Abs(cross) > 1e-12 * (Math.Abs(p) + Math.Abs(q))))
        {
            // Exactly straight on is fine; a reversal, a turn too small to trust, or a non-finite value is not.
            return cross == 0 && (ex * fx) + (ey * fy) > 0;
        }

        int s = cross > 0 ? 1 : -1;
        if (turn == 0)
        {
            turn = s;
        }

        return s == turn;
    }

    // One descending chain and one ascending chain (the y direction of the non-horizontal edges changes exactly twice
    // round the cycle), and the chains never cross: on every y interval between vertices both are straight, so the
    // sign of x_down − x_up at the ends of each interval decides it. Those values are exact where both chains have a
    // vertex; an interpolated one must clear a margin far above its rounding, or the answer is "no" (the general,
    // exact path then handles the contour). Touching (a difference of exactly 0) is allowed: the winding stays one-signed.
    [System.Runtime.CompilerServices.SkipLocalsInit] // the chain tables are written before they are read
    internal static bool IsMonotoneSimple(ReadOnlySpan<Vec2> pts)
    {
        Span<int> start = stackalloc int[MaxChains + 1];
        Span<int> dirs = stackalloc int[MaxChains + 1];
        return Scan<WithoutArea>(pts, start, dirs, default).Chains == 2 && TwoChainsApart(pts, start, dirs);
    }

    // The two chains Scan found, down chain first.
    private static bool TwoChainsApart(ReadOnlySpan<Vec2> pts, ReadOnlySpan<int> start, ReadOnlySpan<int> dirs) =>
        dirs[0] > 0 ? TwoChainsApart(pts, start[0], start[1]) : TwoChainsApart(pts, start[1], start[0]);

    // The chains of a two-chain contour (the down chain starts at vertex `top`, the up chain at `bottom`) never cross.
    // Each step compares the chains at the bottom of the current pair of edges; the top of the next pair is compared
    // again only where a chain jumps sideways (a horizontal edge inside it) — elsewhere it holds the same two values
    // just compared. At such a y one chain is at a vertex; where the other is too the two x are compared exactly
    // (touching allowed), else the vertex is placed against the other's edge by the sign of a cross product (no
    // division), which must clear a margin of 1e−9·(|x| + |edge x| + 1) px — far above its rounding.
    internal static bool TwoChainsApart(ReadOnlySpan<Vec2> pts, int top, int bottom)
    {
        if (pts.Length < 3)
        {
            return false;
        }

        // Down chain: top, top + 1, …, bottom. Up chain read downwards: top, top − 1, …, bottom (cyclic).
        var down = new ChainWalker(pts, top, bottom, +1);
        var up = new ChainWalker(pts, top, bottom, -1);
        if (!down.Next() || !up.Next())
        {
            return false;
        }

        int sign = 0;
        bool compareTop = true;
        while (true)
        {
            double lo = Math.Max(down.Y0, up.Y0), hi = Math.Min(down.Y1, up.Y1);
            if (!(hi >= lo))
            {
                return false; // the chains do not span the same rows (cannot happen for a closed contour)
            }

            if (compareTop)
            {
                int t = down.Y0 == lo ? Compare(down.X0, lo, in up) : -Compare(up.X0, lo, in down);
                if (!Agrees(t, ref sign))
                {
                    return false;
                }
            }

            bool endDown = down.Y1 == hi, endUp = up.Y1 == hi;
            int b = endDown ? Compare(down.X1, hi, in up) : -Compare(up.X1, hi, in down);
            if (!Agrees(b, ref sign))
            {
                return false;
            }

            double xd = down.X1, xu = up.X1; // the x each chain that ends here ends at
            bool moreDown = !endDown || down.Next(), moreUp = !endUp || up.Next();
            if (endDown && endUp && !moreDown && !moreUp)
            {
                return true;
            }

            if ((endDown && !moreDown) || (endUp && !moreUp))
            {
                return false;
            }

            compareTop = (endDown && down.X0 != xd) || (endUp && up.X0 != xu);
        }
    }

    // The order of x against the chain edge e at y (e.Y0 ≤ y ≤ e.Y1): −1 left, +1 right, 0 exactly on it at one of its
    // vertices (touching), 2 when the sign is not certain (so the chains are not known apart; −2 once negated).
    private static int Compare(double x, double y, in ChainWalker e)
    {
        if (y == e.Y0 || y == e.Y1)
        {
            double ex = y == e.Y0 ? e.X0 : e.X1;
            return x > ex ? 1 : x < ex ? -1 : x == ex ? 0 : 2;
        }

        // c = (x − x_e(y))·(Y1 − Y0), with Y1 − Y0 > 0. The margin is the old interpolated test's 1e−9·(|x| + |x_e| + 1)
        // with |x_e| bounded from below (the smaller end when both ends have one sign, else 0), so nothing that test
        // accepted is refused for it, plus c's own rounding (a few u of |t1| + |t2|), which matters only far off-canvas.
        double dy = e.Y1 - e.Y0, t1 = (x - e.X0) * dy, t2 = (y - e.Y0) * (e.X1 - e.X0), c = t1 - t2;
        double near = (e.X0 > 0) == (e.X1 > 0) ? Math.Min(Math.Abs(e.X0), Math.Abs(e.X1)) : 0;
        double margin = (1e-9 * (Math.Abs(x) + near + 1) * dy) + (1e-15 * (Math.Abs(t1) + Math.Abs(t2)));
        return c > margin ? 1 : c < -margin ? -1 : 2;
    }

    // A comparison agrees with the order so far (0: touching, which keeps the winding one-signed).
    private static bool Agrees(int s, ref int sign)
    {
        if (s == 0)
        {
            return true;
        }

        if (s == 2 || s == -2)
        {
            return false;
        }

        if (sign == 0)
        {
            sign = s;
        }

        return s == sign;
    }

    // Walks the non-horizontal edges of one chain from its top vertex to its bottom vertex, oriented downwards.
    private ref struct ChainWalker(ReadOnlySpan<Vec2> pts, int top, int bottom, int step)
    {
        private readonly ReadOnlySpan<Vec2> _pts = pts;
        private int _at = top;

        public double X0, Y0, X1, Y1;

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
                    return true;
                }

                if (b.Y < a.Y)
                {
                    return false; // not monotone after all (cannot happen after the direction count)
                }
            }

            return false;
        }
    }
}
