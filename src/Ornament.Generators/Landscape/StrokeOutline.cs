using Ornament.Geometry;

namespace Ornament.Generators.Landscape;

/// <summary>Builds a brush stroke's filled outline directly (no general stroker): the centreline offset by ±r, smoothed
/// with quadratic midpoint splines, closed by two semicircular caps of two cubics each. Every outline has the same
/// winding relative to its direction of travel, so many strokes can share one nonzero path without cancelling.</summary>
internal static class StrokeOutline
{
    private const double Kappa = 0.5522847498;

    public static void Append(PathBuilder pb, ReadOnlySpan<Vec2> pts, double r)
    {
        int n = pts.Length;
        if (n == 1)
        {
            Disc(pb, pts[0], r);
            return;
        }

        Span<Vec2> left = n <= 64 ? stackalloc Vec2[n] : new Vec2[n];
        Span<Vec2> right = n <= 64 ? stackalloc Vec2[n] : new Vec2[n];
        Span<Vec2> tangent = n <= 64 ? stackalloc Vec2[n] : new Vec2[n];
        for (int i = 0; i < n; i++)
        {
            var a = pts[Math.Max(0, i - 1)];
            var b = pts[Math.Min(n - 1, i + 1)];
            var t = (b - a).Normalized();
            if (t == Vec2.Zero)
            {
                t = new Vec2(1, 0);
            }

            tangent[i] = t;
            var nrm = t.Perpendicular * r;
            left[i] = pts[i] + nrm;
            right[i] = pts[i] - nrm;
        }

        pb.MoveTo(left[0]);
        Side(pb, left, forward: true);
        Cap(pb, pts[n - 1], tangent[n - 1], r);
        pb.LineTo(right[n - 1]);
        Side(pb, right, forward: false);
        Cap(pb, pts[0], -tangent[0], r);
        pb.Close();
    }

    /// <summary>A circle as four cubics, wound like the stroke outlines.</summary>
    public static void Disc(PathBuilder pb, Vec2 c, double r)
    {
        var t = new Vec2(1, 0);
        pb.MoveTo(c + (t.Perpendicular * r));
        Cap(pb, c, t, r);
        Cap(pb, c, -t, r);
        pb.Close();
    }

    private static void Side(PathBuilder pb, ReadOnlySpan<Vec2> p, bool forward)
    {
        int n = p.Length;
        if (n == 2)
        {
            pb.LineTo(forward ? p[1] : p[0]);
            return;
        }

        for (int k = 1; k < n - 1; k++)
        {
            int i = forward ? k : n - 1 - k;
            int next = forward ? i + 1 : i - 1;
            var end = k == n - 2 ? p[next] : (p[i] + p[next]) * 0.5;
            pb.QuadTo(p[i], end);
        }
    }

    /// <summary>Semicircle around <paramref name="c"/> from c + perp(t)·r through c + t·r to c − perp(t)·r.</summary>
    private static void Cap(PathBuilder pb, Vec2 c, Vec2 t, double r)
    {
        var nrm = t.Perpendicular * r;
        var tip = c + (t * r);
        var k = Kappa * r;
        pb.CubicTo(c + nrm + (t * k), tip + (nrm.Normalized() * k), tip);
        pb.CubicTo(tip - (nrm.Normalized() * k), c - nrm + (t * k), c - nrm);
    }
}
