using Ornament.Geometry;

namespace Ornament.Generators.Felt;

/// <summary>Closed polygon helpers: orientation, offsetting, conversion to paths, point tests.</summary>
internal static class Contours
{
    /// <summary>Signed area (positive = counter-clockwise with y up).</summary>
    public static double SignedArea(IReadOnlyList<Vec2> c)
    {
        double a = 0;
        for (int i = 0; i < c.Count; i++)
        {
            a += Vec2.Cross(c[i], c[(i + 1) % c.Count]);
        }

        return a / 2;
    }

    /// <summary>The contour with the requested orientation.</summary>
    public static Vec2[] Oriented(IReadOnlyList<Vec2> c, bool ccw)
    {
        var r = c.ToArray();
        if ((SignedArea(r) > 0) != ccw)
        {
            Array.Reverse(r);
        }

        return r;
    }

    /// <summary>Offsets a closed contour by <paramref name="d"/> to its right-hand side (outward for a CCW contour),
    /// with mitred vertices (miter length clamped so sharp tips do not spike).</summary>
    public static Vec2[] Offset(IReadOnlyList<Vec2> c, double d)
    {
        int n = c.Count;
        var r = new Vec2[n];
        for (int i = 0; i < n; i++)
        {
            var p0 = c[(i + n - 1) % n];
            var p1 = c[i];
            var p2 = c[(i + 1) % n];
            var n1 = RightNormal(p1 - p0);
            var n2 = RightNormal(p2 - p1);
            r[i] = p1 + (Miter(n1, n2) * d);
        }

        return r;
    }

    /// <summary>Right-hand unit normal of a direction (y up).</summary>
    public static Vec2 RightNormal(Vec2 dir)
    {
        var u = dir.Normalized();
        return new Vec2(u.Y, -u.X);
    }

    /// <summary>Miter vector for two unit normals: points along their bisector, length 1/cos(half angle), clamped.</summary>
    public static Vec2 Miter(Vec2 n1, Vec2 n2)
    {
        if (n1 == Vec2.Zero)
        {
            return n2;
        }

        if (n2 == Vec2.Zero)
        {
            return n1;
        }

        var m = n1 + n2;
        double len = m.Length;
        if (len < 1e-9)
        {
            return n1;
        }

        m /= len;
        double cos = Vec2.Dot(m, n1);
        return m / Math.Max(cos, 0.35);
    }

    /// <summary>A path of closed polygon contours (line segments only).</summary>
    public static Path ToPath(IEnumerable<IReadOnlyList<Vec2>> contours)
    {
        var b = new PathBuilder();
        foreach (var c in contours)
        {
            if (c.Count < 3)
            {
                continue;
            }

            b.MoveTo(c[0]);
            for (int i = 1; i < c.Count; i++)
            {
                b.LineTo(c[i]);
            }

            b.Close();
        }

        return b.Build();
    }

    /// <summary>Non-zero winding number of <paramref name="p"/> with respect to the contours.</summary>
    public static int Winding(IEnumerable<IReadOnlyList<Vec2>> contours, Vec2 p)
    {
        int w = 0;
        foreach (var c in contours)
        {
            for (int i = 0; i < c.Count; i++)
            {
                var a = c[i];
                var b = c[(i + 1) % c.Count];
                if (a.Y <= p.Y)
                {
                    if (b.Y > p.Y && Vec2.Cross(b - a, p - a) > 0)
                    {
                        w++;
                    }
                }
                else if (b.Y <= p.Y && Vec2.Cross(b - a, p - a) < 0)
                {
                    w--;
                }
            }
        }

        return w;
    }

    /// <summary>Total length of a polyline (closed adds the closing segment).</summary>
    public static double Length(IReadOnlyList<Vec2> pts, bool closed)
    {
        double l = 0;
        int n = closed ? pts.Count : pts.Count - 1;
        for (int i = 0; i < n; i++)
        {
            l += Vec2.Distance(pts[i], pts[(i + 1) % pts.Count]);
        }

        return l;
    }

    /// <summary>Resamples a polyline at (about) equal arc-length spacing; returns points and unit tangents.</summary>
    public static List<(Vec2 P, Vec2 T)> Walk(IReadOnlyList<Vec2> pts, bool closed, double spacing, double phase = 0.5)
    {
        var r = new List<(Vec2, Vec2)>();
        double total = Length(pts, closed);
        if (!(total > 0) || !(spacing > 0))
        {
            return r;
        }

        int count = Math.Max(1, (int)Math.Round(total / spacing));
        double step = total / count;
        int n = closed ? pts.Count : pts.Count - 1;
        double next = step * phase, acc = 0;
        for (int i = 0; i < n && r.Count < count; i++)
        {
            var a = pts[i];
            var b = pts[(i + 1) % pts.Count];
            double len = Vec2.Distance(a, b);
            if (len <= 0)
            {
                continue;
            }

            var t = (b - a) / len;
            while (next <= acc + len && r.Count < count)
            {
                r.Add((a + (t * (next - acc)), t));
                next += step;
            }

            acc += len;
        }

        return r;
    }
}
