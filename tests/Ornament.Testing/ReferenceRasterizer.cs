using Ornament.Geometry;
using Ornament.Raster;

namespace Ornament.Testing;

/// <summary>The coverage oracle: a slow, obviously-correct rasterizer that computes, for every pixel, the exact area
/// of the part of the pixel square where the fill rule holds.</summary>
/// <remarks>
/// It shares nothing with the real rasterizer's method. Each pixel that an edge crosses is cut into vertical slabs at
/// every x where something happens inside it (a vertex, a crossing of two edges, an edge meeting the pixel's top or
/// bottom). Inside a slab no two lines cross, so the lines (edges plus the pixel's top and bottom) can be ordered by
/// their height at the slab's middle; each gap between neighbours is a trapezoid whose winding number is found by
/// casting a ray from its centre against every edge of the polygon. Pixels no edge touches take the winding of
/// their centre.
/// </remarks>
public static class ReferenceRasterizer
{
    /// <summary>Coverage (0…255, rounded) of every pixel of a width × height canvas.</summary>
    public static byte[] Rasterize(IReadOnlyList<IReadOnlyList<Vec2>> contours, FillRule rule, int width, int height)
    {
        var edges = new List<(Vec2 A, Vec2 B)>();
        foreach (var c in contours)
        {
            for (int i = 0; i < c.Count; i++)
            {
                var a = c[i];
                var b = c[(i + 1) % c.Count];
                if (a != b)
                {
                    edges.Add((a, b));
                }
            }
        }

        var result = new byte[width * height];
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                double area = PixelArea(edges, rule, x, y);
                result[(y * width) + x] = (byte)Math.Clamp((int)Math.Floor((area * 255) + 0.5), 0, 255);
            }
        }

        return result;
    }

    /// <summary>Exact area of {rule holds} inside the unit pixel at (px, py).</summary>
    public static double PixelArea(List<(Vec2 A, Vec2 B)> edges, FillRule rule, int px, int py)
    {
        double x0 = px, x1 = px + 1, y0 = py, y1 = py + 1;
        var inside = new List<(Vec2 A, Vec2 B)>();
        foreach (var e in edges)
        {
            if (ClipToBox(e.A, e.B, x0, y0, x1, y1, out var a, out var b) && a != b)
            {
                inside.Add((a, b));
            }
        }

        if (inside.Count == 0)
        {
            return Inside(Winding(edges, new Vec2(px + 0.5, py + 0.5)), rule) ? 1 : 0;
        }

        var xs = new List<double> { x0, x1 };
        foreach (var (a, b) in inside)
        {
            xs.Add(a.X);
            xs.Add(b.X);
        }

        for (int i = 0; i < inside.Count; i++)
        {
            for (int j = i + 1; j < inside.Count; j++)
            {
                if (Intersect(inside[i].A, inside[i].B, inside[j].A, inside[j].B, out var p))
                {
                    xs.Add(p.X);
                }
            }
        }

        xs.Sort();
        double area = 0;
        for (int k = 0; k + 1 < xs.Count; k++)
        {
            double xa = Math.Max(x0, xs[k]), xb = Math.Min(x1, xs[k + 1]);
            if (!(xb - xa > 1e-12))
            {
                continue;
            }

            double xm = 0.5 * (xa + xb);
            // Lines spanning this slab: the non-vertical clipped edges, plus the pixel's top and bottom.
            var lines = new List<(double Ya, double Yb, double Ym)> { (y0, y0, y0), (y1, y1, y1) };
            foreach (var (a, b) in inside)
            {
                double lo = Math.Min(a.X, b.X), hi = Math.Max(a.X, b.X);
                if (lo <= xa && hi >= xb && hi > lo)
                {
                    lines.Add((YAt(a, b, xa), YAt(a, b, xb), YAt(a, b, xm)));
                }
            }

            lines.Sort((u, v) => u.Ym.CompareTo(v.Ym));
            for (int i = 0; i + 1 < lines.Count; i++)
            {
                var (ua, ub, um) = lines[i];
                var (va, vb, vm) = lines[i + 1];
                if (um < y0 - 1e-12 || vm > y1 + 1e-12 || !(vm - um > 1e-15))
                {
                    continue;
                }

                var probe = new Vec2(xm, 0.5 * (um + vm));
                if (Inside(Winding(edges, probe), rule))
                {
                    area += 0.5 * ((va - ua) + (vb - ub)) * (xb - xa);
                }
            }
        }

        return area;
    }

    private static bool Inside(int w, FillRule rule) => rule == FillRule.NonZero ? w != 0 : (w & 1) != 0;

    private static double YAt(Vec2 a, Vec2 b, double x) => a.Y + ((b.Y - a.Y) * ((x - a.X) / (b.X - a.X)));

    /// <summary>Winding number of the polygon around p (a ray towards +x; edges going down count +1).</summary>
    public static int Winding(List<(Vec2 A, Vec2 B)> edges, Vec2 p)
    {
        int w = 0;
        foreach (var (a, b) in edges)
        {
            if (a.Y <= p.Y && b.Y > p.Y)
            {
                if (Vec2.Cross(b - a, p - a) > 0)
                {
                    w++;
                }
            }
            else if (b.Y <= p.Y && a.Y > p.Y)
            {
                if (Vec2.Cross(b - a, p - a) < 0)
                {
                    w--;
                }
            }
        }

        return w;
    }

    private static bool Intersect(Vec2 p, Vec2 p2, Vec2 q, Vec2 q2, out Vec2 hit)
    {
        var r = p2 - p;
        var s = q2 - q;
        double den = Vec2.Cross(r, s);
        hit = default;
        if (den == 0)
        {
            return false;
        }

        double t = Vec2.Cross(q - p, s) / den, u = Vec2.Cross(q - p, r) / den;
        if (t < 0 || t > 1 || u < 0 || u > 1)
        {
            return false;
        }

        hit = p + (r * t);
        return true;
    }

    // Liang–Barsky clipping of a segment to a box.
    private static bool ClipToBox(Vec2 a, Vec2 b, double x0, double y0, double x1, double y1, out Vec2 ca, out Vec2 cb)
    {
        double t0 = 0, t1 = 1, dx = b.X - a.X, dy = b.Y - a.Y;
        ca = cb = default;
        if (!Clip(-dx, a.X - x0, ref t0, ref t1) || !Clip(dx, x1 - a.X, ref t0, ref t1) ||
            !Clip(-dy, a.Y - y0, ref t0, ref t1) || !Clip(dy, y1 - a.Y, ref t0, ref t1))
        {
            return false;
        }

        ca = new Vec2(a.X + (t0 * dx), a.Y + (t0 * dy));
        cb = new Vec2(a.X + (t1 * dx), a.Y + (t1 * dy));
        return true;
    }

    private static bool Clip(double p, double q, ref double t0, ref double t1)
    {
        if (p == 0)
        {
            return q >= 0;
        }

        double r = q / p;
        if (p < 0)
        {
            if (r > t1)
            {
                return false;
            }

            if (r > t0)
            {
                t0 = r;
            }
        }
        else
        {
            if (r < t0)
            {
                return false;
            }

            if (r < t1)
            {
                t1 = r;
            }
        }

        return true;
    }
}
