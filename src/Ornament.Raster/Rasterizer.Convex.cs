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
    /// <summary>True while the path being filled is one contour whose winding takes one sign (convex or
    /// y-monotone without crossings): no owner tracking, rows emitted by <c>EmitRowSimple</c>.</summary>
    private bool _simple;

    /// <summary>One contour whose winding number is 0 or one sign everywhere (see the remarks).</summary>
    internal static bool IsOneSign(ReadOnlySpan<Vec2> pts) => IsConvex(pts) || IsMonotoneSimple(pts);

    // Convex (weakly: collinear and repeated points allowed) ⇔ every turn between consecutive non-empty edges has
    // one sign and the direction turns once around: its x component changes sign exactly twice over the closed
    // contour (a star polygon, whose turns also share a sign, turns twice or more). A turn too close to zero to
    // trust its sign in double, or a reversal (a turn of π), answers "not convex", so the general path handles it.
    internal static bool IsConvex(ReadOnlySpan<Vec2> pts)
    {
        int n = pts.Length;
        int turn = 0, flips = 0, firstDx = 0, lastDx = 0;
        double firstX = 0, firstY = 0, prevX = 0, prevY = 0;
        bool any = false;
        for (int i = 0; i < n; i++)
        {
            var a = pts[i];
            var b = pts[i + 1 < n ? i + 1 : 0];
            double ex = b.X - a.X, ey = b.Y - a.Y;
            if (ex == 0 && ey == 0)
            {
                continue; // a repeated point: the turn is taken between the edges either side of it
            }

            int dx = Math.Sign(ex);
            if (dx != 0)
            {
                if (firstDx == 0)
                {
                    firstDx = dx;
                }
                else if (dx != lastDx)
                {
                    flips++;
                }

                lastDx = dx;
            }

            if (!any)
            {
                (firstX, firstY, any) = (ex, ey, true);
            }
            else if (!SameTurn(prevX, prevY, ex, ey, ref turn))
            {
                return false;
            }

            (prevX, prevY) = (ex, ey);
        }

        if (any && !SameTurn(prevX, prevY, firstX, firstY, ref turn))
        {
            return false;
        }

        if (firstDx != 0 && lastDx != firstDx)
        {
            flips++; // the closing step of the cycle
        }

        return flips <= 2;
    }

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
        return SplitChains(pts, start, dirs, out _) == 2 && TwoChainsApart(pts, start, dirs);
    }

    // The two chains SplitChains found, down chain first.
    private static bool TwoChainsApart(ReadOnlySpan<Vec2> pts, ReadOnlySpan<int> start, ReadOnlySpan<int> dirs) =>
        dirs[0] > 0 ? TwoChainsApart(pts, start[0], start[1]) : TwoChainsApart(pts, start[1], start[0]);

    // The chains of a two-chain contour (the down chain starts at vertex `top`, the up chain at `bottom`) never cross.
    // Each step compares the chains at the bottom of the current pair of edges; the top of the next pair is compared
    // again only where a chain jumps sideways (a horizontal edge inside it) — elsewhere it holds the same two values
    // just compared.
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

            if (compareTop && !Agrees(down.At(lo, out bool t1), up.At(lo, out bool t2), t1 && t2, ref sign))
            {
                return false;
            }

            double xd = down.At(hi, out bool e1), xu = up.At(hi, out bool e2);
            if (!Agrees(xd, xu, e1 && e2, ref sign))
            {
                return false;
            }

            bool endDown = down.Y1 == hi, endUp = up.Y1 == hi;
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

    private static bool Agrees(double xd, double xu, bool exact, ref int sign)
    {
        double v = xd - xu;
        if (exact && v == 0)
        {
            return true;
        }

        double margin = exact ? 0 : 1e-9 * (Math.Abs(xd) + Math.Abs(xu) + 1);
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

        // x on this edge at y in [Y0, Y1]; exact at the vertices.
        public readonly double At(double y, out bool exact)
        {
            exact = y == Y0 || y == Y1;
            return y == Y0 ? X0 : y == Y1 ? X1 : X0 + ((y - Y0) * (X1 - X0) / (Y1 - Y0));
        }
    }
}
