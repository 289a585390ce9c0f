namespace Ornament.Geometry;

/// <summary>Ready-made closed paths. Circles and ellipses are four cubic quarter-arcs (radial error ≈ 0.027 % of
/// the radius, i.e. below 0.1 px up to a 370 px radius; use the
/// <see cref="Ellipse(Vec2, double, double, int)"/> with more segments for huge circles).</summary>
public static class Shapes
{
    // Control-point distance for a cubic quarter circle: 4/3·tan(π/8).
    private const double Kappa = 0.5522847498307936;

    /// <summary>An axis-aligned rectangle (clockwise on screen).</summary>
    public static Path Rectangle(double x, double y, double width, double height) =>
        new PathBuilder().MoveTo(x, y).LineTo(x + width, y).LineTo(x + width, y + height).LineTo(x, y + height).Close().Build();

    /// <summary>An axis-aligned rectangle.</summary>
    public static Path Rectangle(Rect r) => Rectangle(r.Left, r.Top, r.Width, r.Height);

    /// <summary>A rectangle with circular corners of radius <paramref name="radius"/> (clamped to half the
    /// shorter side).</summary>
    public static Path RoundedRectangle(double x, double y, double width, double height, double radius)
    {
        double r = Math.Max(0, Math.Min(radius, Math.Min(width, height) / 2));
        if (r == 0)
        {
            return Rectangle(x, y, width, height);
        }

        double k = r * (1 - Kappa);
        double x1 = x + width, y1 = y + height;
        return new PathBuilder()
            .MoveTo(x + r, y)
            .LineTo(x1 - r, y).CubicTo(x1 - k, y, x1, y + k, x1, y + r)
            .LineTo(x1, y1 - r).CubicTo(x1, y1 - k, x1 - k, y1, x1 - r, y1)
            .LineTo(x + r, y1).CubicTo(x + k, y1, x, y1 - k, x, y1 - r)
            .LineTo(x, y + r).CubicTo(x, y + k, x + k, y, x + r, y)
            .Close().Build();
    }

    /// <summary>A circle.</summary>
    public static Path Circle(Vec2 center, double radius) => Ellipse(center, radius, radius);

    /// <summary>A circle.</summary>
    public static Path Circle(double cx, double cy, double radius) => Ellipse(new Vec2(cx, cy), radius, radius);

    /// <summary>An axis-aligned ellipse made of four cubic quarter-arcs (clockwise on screen).</summary>
    public static Path Ellipse(Vec2 c, double rx, double ry)
    {
        double kx = rx * Kappa, ky = ry * Kappa;
        return new PathBuilder()
            .MoveTo(c.X + rx, c.Y)
            .CubicTo(c.X + rx, c.Y + ky, c.X + kx, c.Y + ry, c.X, c.Y + ry)
            .CubicTo(c.X - kx, c.Y + ry, c.X - rx, c.Y + ky, c.X - rx, c.Y)
            .CubicTo(c.X - rx, c.Y - ky, c.X - kx, c.Y - ry, c.X, c.Y - ry)
            .CubicTo(c.X + kx, c.Y - ry, c.X + rx, c.Y - ky, c.X + rx, c.Y)
            .Close().Build();
    }

    /// <summary>An axis-aligned ellipse made of <paramref name="segments"/> cubic arcs (≥ 4), for very large radii.</summary>
    public static Path Ellipse(Vec2 c, double rx, double ry, int segments)
    {
        segments = Math.Max(4, segments);
        var b = new PathBuilder().MoveTo(c.X + rx, c.Y);
        double step = 2 * Math.PI / segments;
        double k = 4.0 / 3.0 * Math.Tan(step / 4);
        for (int i = 0; i < segments; i++)
        {
            double a0 = i * step, a1 = (i + 1) * step;
            var p0 = new Vec2(c.X + (rx * Math.Cos(a0)), c.Y + (ry * Math.Sin(a0)));
            var p3 = i == segments - 1 ? new Vec2(c.X + rx, c.Y) : new Vec2(c.X + (rx * Math.Cos(a1)), c.Y + (ry * Math.Sin(a1)));
            var d0 = new Vec2(-rx * Math.Sin(a0), ry * Math.Cos(a0));
            var d1 = new Vec2(-rx * Math.Sin(a1), ry * Math.Cos(a1));
            b.CubicTo(p0 + (d0 * k), p3 - (d1 * k), p3);
        }

        return b.Close().Build();
    }

    /// <summary>A closed polygon through the given points.</summary>
    public static Path Polygon(ReadOnlySpan<Vec2> points)
    {
        var b = new PathBuilder();
        if (points.Length == 0)
        {
            return Path.Empty;
        }

        b.MoveTo(points[0]);
        for (int i = 1; i < points.Length; i++)
        {
            b.LineTo(points[i]);
        }

        return b.Close().Build();
    }

    /// <summary>A regular polygon with <paramref name="sides"/> corners, the first at angle
    /// <paramref name="rotation"/> (radians from +X).</summary>
    public static Path RegularPolygon(Vec2 center, double radius, int sides, double rotation = -Math.PI / 2)
    {
        if (sides < 3)
        {
            throw new ArgumentOutOfRangeException(nameof(sides), sides, "A polygon needs at least 3 sides.");
        }

        var pts = new Vec2[sides];
        for (int i = 0; i < sides; i++)
        {
            pts[i] = center + (Vec2.FromAngle(rotation + (i * 2 * Math.PI / sides)) * radius);
        }

        return Polygon(pts);
    }

    /// <summary>A star polygon with <paramref name="points"/> tips alternating between the outer and inner radius.</summary>
    public static Path Star(Vec2 center, double outerRadius, double innerRadius, int points, double rotation = -Math.PI / 2)
    {
        if (points < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(points), points, "A star needs at least 2 points.");
        }

        var pts = new Vec2[points * 2];
        for (int i = 0; i < pts.Length; i++)
        {
            double r = (i & 1) == 0 ? outerRadius : innerRadius;
            pts[i] = center + (Vec2.FromAngle(rotation + (i * Math.PI / points)) * r);
        }

        return Polygon(pts);
    }
}
