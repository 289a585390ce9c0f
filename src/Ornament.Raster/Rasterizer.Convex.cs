using Ornament.Geometry;

namespace Ornament.Raster;

/// <summary>Single convex contours skip the exactness bookkeeping.</summary>
/// <remarks>
/// Accumulation gives ∫ winding over each pixel; it is only the fill rule's fold (min(|w|, 1), or w mod 2) that
/// needs complex cells recomputed, and only where the winding inside one pixel takes values the fold treats
/// differently (0 and 2, +1 and −1, …). Inside a convex contour the winding is ±1 (one sign) and 0 outside, so the
/// fold of the integral is the integral of the fold: every cell is exact as accumulated, under both rules, however
/// many of its edges share a pixel. Such a path tracks no owners and marks no horizontal pieces.
/// </remarks>
internal sealed partial class Rasterizer
{
    /// <summary>True while the path being filled is one convex contour (no owner tracking needed).</summary>
    private bool _convex;

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
}
