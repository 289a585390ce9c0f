namespace Ornament.Geometry.Tests.Stroking;

/// <summary>The reference stroke region of a polyline, as a point predicate written straight from the SVG
/// definition: segment rectangles, caps at open ends, and at each corner the join region on its outer side.
/// <c>slack</c> moves every boundary outwards (positive) or inwards (negative) so callers can stay clear of the
/// boundary, where the stroker's rounding and round-join polygons legitimately differ.</summary>
internal static class StrokeOracle
{
    public static bool Inside(Vec2 p, IReadOnlyList<Vec2> q, bool closed, StrokeStyle style, double slack)
    {
        double hw = (style.Width / 2) + slack;
        if (hw <= 0)
        {
            return false;
        }

        int n = q.Count;
        if (n == 1)
        {
            return style.Cap switch
            {
                LineCap.Round => Vec2.Distance(p, q[0]) <= hw,
                LineCap.Square => Math.Abs(p.X - q[0].X) <= hw && Math.Abs(p.Y - q[0].Y) <= hw,
                _ => false,
            };
        }

        int segments = closed ? n : n - 1;
        for (int i = 0; i < segments; i++)
        {
            var a = q[i];
            var b = q[(i + 1) % n];
            var d = (b - a).Normalized();
            double len = Vec2.Distance(a, b);
            double t = Vec2.Dot(p - a, d);
            double across = Math.Abs(Vec2.Cross(d, p - a));

            // Butt ends move with the slack; interior ends are not boundaries and stay put.
            double lo = !closed && i == 0 && style.Cap == LineCap.Butt ? -slack : 0;
            double hi = !closed && i == segments - 1 && style.Cap == LineCap.Butt ? len + slack : len;
            if (t >= lo && t <= hi && across <= hw)
            {
                return true;
            }
        }

        if (!closed)
        {
            if (InCap(p, q[0], (q[0] - q[1]).Normalized(), style.Cap, hw) ||
                InCap(p, q[^1], (q[^1] - q[^2]).Normalized(), style.Cap, hw))
            {
                return true;
            }
        }

        int firstCorner = closed ? 0 : 1;
        int lastCorner = closed ? n - 1 : n - 2;
        for (int v = firstCorner; v <= lastCorner; v++)
        {
            var prev = q[(v - 1 + n) % n];
            var next = q[(v + 1) % n];
            if (InJoin(p, q[v], (q[v] - prev).Normalized(), (next - q[v]).Normalized(), style, hw))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Outward direction <paramref name="d"/> at end point <paramref name="e"/>.</summary>
    private static bool InCap(Vec2 p, Vec2 e, Vec2 d, LineCap cap, double hw)
    {
        var w = p - e;
        return cap switch
        {
            LineCap.Round => w.Length <= hw,
            LineCap.Square => Vec2.Dot(w, d) >= 0 && Vec2.Dot(w, d) <= hw && Math.Abs(Vec2.Cross(d, w)) <= hw,
            _ => false,
        };
    }

    private static bool InJoin(Vec2 p, Vec2 v, Vec2 a, Vec2 b, StrokeStyle style, double hw)
    {
        double cross = Vec2.Cross(a, b);
        if (cross == 0 && Vec2.Dot(a, b) > 0)
        {
            return false;
        }

        // The outer wedge: ahead of the incoming segment's end line and behind the outgoing one's start line.
        var w = p - v;
        if (Vec2.Dot(w, a) < 0 || Vec2.Dot(w, b) > 0)
        {
            return false;
        }

        if (style.Join == LineJoin.Round)
        {
            return w.Length <= hw;
        }

        // Outer normals: the side the corner turns away from.
        double side = cross < 0 ? 1 : -1;
        var na = a.Perpendicular * side;
        var nb = b.Perpendicular * side;
        var sum = na + nb;
        double sumLength = sum.Length;
        if (sumLength == 0)
        {
            return false; // a reversal: bevel and (over-limit) miter are flat
        }

        double ratio = 2 / sumLength;
        double limit = Math.Max(1, style.MiterLimit);
        if (style.Join == LineJoin.Miter && ratio <= limit)
        {
            return Vec2.Dot(w, na) <= hw && Vec2.Dot(w, nb) <= hw;
        }

        // Bevel: cut at distance hw·cos(turn/2) = hw·|sum|/2 from the vertex along the bisector.
        return Vec2.Dot(w, sum / sumLength) <= hw * sumLength / 2;
    }
}
