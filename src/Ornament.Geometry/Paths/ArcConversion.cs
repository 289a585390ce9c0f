namespace Ornament.Geometry;

/// <summary>SVG endpoint-parameterised elliptical arcs → centre parameterisation → cubic Béziers
/// (SVG 1.1 implementation notes F.6.5 and F.6.6).</summary>
internal static class ArcConversion
{
    public static List<(Vec2 C1, Vec2 C2, Vec2 End)> ToCubics(
        Vec2 start, double rx, double ry, double rotationDegrees, bool largeArc, bool sweep, Vec2 end)
    {
        var result = new List<(Vec2, Vec2, Vec2)>();
        if (start == end)
        {
            return result; // F.6.2: identical endpoints → the arc is omitted.
        }

        rx = Math.Abs(rx);
        ry = Math.Abs(ry);
        if (rx == 0 || ry == 0 || !double.IsFinite(rx) || !double.IsFinite(ry))
        {
            result.Add((start, end, end)); // degenerate radius: a straight segment (as a flat cubic).
            return result;
        }

        double phi = rotationDegrees * Math.PI / 180.0;
        double cosPhi = Math.Cos(phi), sinPhi = Math.Sin(phi);

        // Step 1: (x1', y1').
        double dx2 = (start.X - end.X) / 2, dy2 = (start.Y - end.Y) / 2;
        double x1p = (cosPhi * dx2) + (sinPhi * dy2);
        double y1p = (-sinPhi * dx2) + (cosPhi * dy2);

        // Radii correction (F.6.6).
        double lambda = ((x1p * x1p) / (rx * rx)) + ((y1p * y1p) / (ry * ry));
        if (lambda > 1)
        {
            double s = Math.Sqrt(lambda);
            rx *= s;
            ry *= s;
        }

        // Step 2: centre in the rotated frame.
        double rx2 = rx * rx, ry2 = ry * ry;
        double num = (rx2 * ry2) - (rx2 * y1p * y1p) - (ry2 * x1p * x1p);
        double den = (rx2 * y1p * y1p) + (ry2 * x1p * x1p);
        double coef = den == 0 ? 0 : Math.Sqrt(Math.Max(0, num / den));
        if (largeArc == sweep)
        {
            coef = -coef;
        }

        double cxp = coef * (rx * y1p / ry);
        double cyp = coef * (-(ry * x1p) / rx);

        // Step 3: centre in user space.
        double cx = (cosPhi * cxp) - (sinPhi * cyp) + ((start.X + end.X) / 2);
        double cy = (sinPhi * cxp) + (cosPhi * cyp) + ((start.Y + end.Y) / 2);

        // Step 4: angles.
        double theta1 = Angle(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry);
        double dTheta = Angle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry);
        if (!sweep && dTheta > 0)
        {
            dTheta -= 2 * Math.PI;
        }
        else if (sweep && dTheta < 0)
        {
            dTheta += 2 * Math.PI;
        }

        int segments = Math.Max(1, (int)Math.Ceiling(Math.Abs(dTheta) / (Math.PI / 2) - 1e-9));
        double delta = dTheta / segments;
        double k = 4.0 / 3.0 * Math.Tan(delta / 4);

        Vec2 Point(double t) => new(
            cx + (rx * Math.Cos(t) * cosPhi) - (ry * Math.Sin(t) * sinPhi),
            cy + (rx * Math.Cos(t) * sinPhi) + (ry * Math.Sin(t) * cosPhi));

        Vec2 Derivative(double t) => new(
            (-rx * Math.Sin(t) * cosPhi) - (ry * Math.Cos(t) * sinPhi),
            (-rx * Math.Sin(t) * sinPhi) + (ry * Math.Cos(t) * cosPhi));

        double a = theta1;
        var p0 = start;
        for (int i = 0; i < segments; i++)
        {
            double b = a + delta;
            var p3 = i == segments - 1 ? end : Point(b);
            var c1 = p0 + (Derivative(a) * k);
            var c2 = p3 - (Derivative(b) * k);
            result.Add((c1, c2, p3));
            p0 = p3;
            a = b;
        }

        return result;
    }

    private static double Angle(double ux, double uy, double vx, double vy) =>
        Math.Atan2((ux * vy) - (uy * vx), (ux * vx) + (uy * vy));
}
