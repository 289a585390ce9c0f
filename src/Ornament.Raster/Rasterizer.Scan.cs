using Ornament.Geometry;

namespace Ornament.Raster;

/// <summary>One pass over a contour's edges gives everything the one-signed tests start from: its box, the sign of its
/// area, whether it is convex, and its y-monotone chains.</summary>
/// <remarks>The classification runs for every contour of every path (once per path when a scene is prepared), so its
/// cost is paid 10⁵ times in a painterly scene: one loop instead of one per question.</remarks>
internal sealed partial class Rasterizer
{
    /// <summary>What <see cref="Scan"/> found out about a contour.</summary>
    private struct ContourShape
    {
        /// <summary>Weakly convex (see <see cref="IsConvex"/>).</summary>
        public bool Convex;

        /// <summary>Number of y-monotone chains: the changes of y direction round the cycle; −1 for a NaN,
        /// MaxChains + 2 when there are more than MaxChains + 1.</summary>
        public int Chains;

        /// <summary>A horizontal edge lies where two chains join.</summary>
        public bool FlatJoin;

        /// <summary>The sign of the signed area (+1, −1), or 0 when it does not clear the rounding of its sum (or was
        /// not asked for).</summary>
        public int AreaSign;
    }

    // One pass: box (x0, y0, x1, y1 into `box`) and area sign when TArea asks for them, convexity, and the chains — chain j starts at vertex
    // start[j] and runs to start[j + 1] (cyclically) in y direction dirs[j].
    //
    // Convex (weakly: collinear and repeated points allowed) ⇔ every turn between consecutive non-empty edges has one
    // sign and the direction turns once around: its x component changes sign exactly twice over the closed contour (a
    // star polygon, whose turns also share a sign, turns twice or more). A turn too close to zero to trust its sign in
    // double, a reversal (a turn of π), or a NaN answers "not convex".
    //
    // Area: products are taken relative to the first point (smaller terms); each term is within 4u of its value and
    // the sum of n terms within (n + 4)u·Σ|terms| (u = 2^−53), so a margin of 2^−50·(n + 8)·Σ|terms| is safe by a
    // factor of eight. For a one-signed contour the area is s·(area where w ≠ 0), so its sign is the sign s of the
    // winding inside.
    private static ContourShape Scan<TArea>(ReadOnlySpan<Vec2> pts, Span<int> start, Span<int> dirs, Span<double> box)
        where TArea : struct, IAreaMode
    {
        var shape = default(ContourShape);
        int n = pts.Length;
        if (n == 0)
        {
            shape.Convex = true; // nothing to fill (as IsConvex always said)
            if (TArea.Wanted)
            {
                box.Clear();
            }

            return shape;
        }

        var o = pts[0];
        double x0 = o.X, y0 = o.Y, x1 = o.X, y1 = o.Y, sum = 0, mag = 0;

        // Chains.
        int k = 0, last = 0;
        bool prevHorizontal = false, firstPrevHorizontal = false, flatJoin = false, nan = false, overflow = false;

        // Convexity.
        bool convex = true, any = false;
        int turn = 0, flips = 0, firstDx = 0, lastDx = 0;
        double firstX = 0, firstY = 0, prevX = 0, prevY = 0;
        for (int i = 0; i < n; i++)
        {
            var p = pts[i];
            var q = pts[i + 1 < n ? i + 1 : 0];
            if (TArea.Wanted)
            {
                double t1 = (p.X - o.X) * (q.Y - o.Y), t2 = (q.X - o.X) * (p.Y - o.Y);
                sum += t1 - t2;
                mag += Math.Abs(t1) + Math.Abs(t2);
                x0 = p.X < x0 ? p.X : x0; // plain comparisons: a NaN is refused by the area sign and the chain count
                x1 = p.X > x1 ? p.X : x1;
                y0 = p.Y < y0 ? p.Y : y0;
                y1 = p.Y > y1 ? p.Y : y1;
            }

            double ex = q.X - p.X, ey = q.Y - p.Y;
            int sgn = ey > 0 ? 1 : ey < 0 ? -1 : 0;
            if (sgn == 0)
            {
                nan |= double.IsNaN(ey);
                prevHorizontal |= q.X != p.X; // a repeated point (a closing point written twice) is no edge
            }
            else
            {
                if (sgn != last)
                {
                    if (k == MaxChains + 1)
                    {
                        overflow = true;
                    }
                    else
                    {
                        if (k == 0)
                        {
                            firstPrevHorizontal = prevHorizontal;
                        }
                        else
                        {
                            flatJoin |= prevHorizontal;
                        }

                        start[k] = i;
                        dirs[k++] = sgn;
                    }

                    last = sgn;
                }

                prevHorizontal = false;
            }

            if (convex && (ex != 0 || ey != 0))
            {
                // IsConvex's step: the turn is taken between the edges either side of a repeated point.
                int dx = ex > 0 ? 1 : ex < 0 ? -1 : 0;
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
                    convex = false;
                }

                (prevX, prevY) = (ex, ey);
            }
        }

        if (convex && any && !SameTurn(prevX, prevY, firstX, firstY, ref turn))
        {
            convex = false;
        }

        if (firstDx != 0 && lastDx != firstDx)
        {
            flips++; // the closing step of the cycle
        }

        shape.Convex = convex && flips <= 2 && !nan;
        if (nan)
        {
            k = -1;
        }
        else if (overflow)
        {
            k = MaxChains + 2;
        }
        else if (k > 0)
        {
            if (dirs[k - 1] == dirs[0])
            {
                // The last chain runs on into the first: one chain, starting where the last one starts.
                k--;
                start[0] = start[k];
            }
            else
            {
                flatJoin |= firstPrevHorizontal || prevHorizontal;
            }
        }

        shape.Chains = k;
        shape.FlatJoin = flatJoin;
        if (TArea.Wanted)
        {
            double margin = (n + 8) * mag * 8.8817841970012523e-16; // 2^−50
            shape.AreaSign = sum > margin ? 1 : sum < -margin ? -1 : 0; // NaN or ±∞ anywhere: 0
            box[0] = x0;
            box[1] = y0;
            box[2] = x1;
            box[3] = y1;
        }

        return shape;
    }

    /// <summary>Whether <see cref="Scan{TArea}"/> works out the box and the area sign (only a path of several contours
    /// needs them): a type argument, so each use gets its own compiled loop with the other's work left out.</summary>
    private interface IAreaMode
    {
        static abstract bool Wanted { get; }
    }

    private struct WithArea : IAreaMode
    {
        public static bool Wanted => true;
    }

    private struct WithoutArea : IAreaMode
    {
        public static bool Wanted => false;
    }
}
