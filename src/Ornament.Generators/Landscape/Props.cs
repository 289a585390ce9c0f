using Ornament.Geometry;
using Ornament.Paint;

namespace Ornament.Generators.Landscape;

/// <summary>Silhouette props: yurts (§5.5 proportions), riders on horseback, saxaul, the crescent moon, the sun.</summary>
internal static class Props
{
    /// <summary>A yurt of diameter <paramref name="d"/> standing at <paramref name="foot"/> (bottom centre): wall 0.37·D,
    /// roof rise 0.28·D as a cubic bulging near the wall, crown 0.3·D wide, door 0.19·D × 0.35·D, band 0.05·D.</summary>
    public static void Yurt(SceneBuilder sb, World w, Vec2 foot, double d, bool faceLeft)
    {
        double hw = 0.37 * d, hr = 0.28 * d, crown = 0.15 * d, x = foot.X, y = foot.Y;
        var L = w.Light;
        bool night = L.Time == TimeOfDay.Night;
        var felt = L.Land(Colour.Hex("#EDE6D6"));
        var shade = Colour.Shade(felt, 0.78);
        var body = new PathBuilder()
            .MoveTo(x - (0.5 * d), y).LineTo(x - (0.5 * d), y - hw)
            .CubicTo(x - (0.5 * d), y - hw - (0.17 * d), x - (0.3 * d), y - hw - hr, x - crown, y - hw - hr)
            .LineTo(x + crown, y - hw - hr)
            .CubicTo(x + (0.3 * d), y - hw - hr, x + (0.5 * d), y - hw - (0.17 * d), x + (0.5 * d), y - hw)
            .LineTo(x + (0.5 * d), y).Close().Build();
        sb.Fill(body, felt.ToSrgb());
        // The half away from the light in shade.
        double side = (w.Sun?.X ?? w.Moon?.X ?? 0) > x ? -1 : 1;
        var half = new PathBuilder()
            .MoveTo(x, y).LineTo(x, y - hw - hr).LineTo(x + (side * crown), y - hw - hr)
            .CubicTo(x + (side * 0.3 * d), y - hw - hr, x + (side * 0.5 * d), y - hw - (0.17 * d), x + (side * 0.5 * d), y - hw)
            .LineTo(x + (side * 0.5 * d), y).Close().Build();
        sb.Fill(half, shade.ToSrgb());
        // Ornamented band just below the wall top, and the crown ring (shanyrak) with its smoke-hole cover.
        var band = Colour.Hex("#A3242A");
        sb.Fill(Shapes.Rectangle(x - (0.5 * d), y - hw + (0.01 * d), d, 0.05 * d), L.Land(band).ToSrgb());
        sb.Fill(Shapes.Rectangle(x - crown, y - hw - hr - (0.035 * d), 2 * crown, 0.035 * d), L.Land(Colour.Hex("#5A3A22")).ToSrgb());
        double dx = x + ((faceLeft ? -1 : 1) * 0.12 * d);
        var door = Shapes.Rectangle(dx - (0.095 * d), y - (0.35 * d), 0.19 * d, 0.35 * d);
        if (night)
        {
            // The focal point of the night: warm light from the open door spilling over the ground, the felt lit
            // around the door, and the smoke hole glowing with a faint lit column of smoke above it.
            var glow = Colour.Hex("#F2A65A");
            double toward = faceLeft ? -1 : 1;
            CleanStyles.Glow(sb, new Vec2(dx + (toward * 0.5 * d), y + (0.02 * d)), 2.6 * d, glow, 0.85, w.Gradients, squash: 0.22);
            CleanStyles.Glow(sb, new Vec2(dx, y - (0.17 * d)), 0.8 * d, glow, 0.45, w.Gradients);
            sb.Fill(door, Colour.Lighten(glow, 0.12).ToSrgb());
            sb.Fill(Shapes.Rectangle(dx - (0.06 * d), y - (0.3 * d), 0.12 * d, 0.3 * d), Colour.Hex("#FFE7B0").ToSrgb());
            CleanStyles.Glow(sb, new Vec2(x, y - hw - hr - (0.12 * d)), 0.35 * d, glow, 0.5, w.Gradients, squash: 1.6);
            sb.Fill(Shapes.Rectangle(x - crown, y - hw - hr - (0.035 * d), 2 * crown, 0.035 * d), Colour.Hex("#FFD28A").ToSrgb());
        }
        else
        {
            sb.Fill(door, L.Land(Colour.Hex("#8E3B22")).ToSrgb());
            sb.Fill(Shapes.Rectangle(dx - (0.07 * d), y - (0.31 * d), 0.14 * d, 0.03 * d), L.Land(Colour.Hex("#C8962E")).ToSrgb());
        }
    }

    /// <summary>A rider on a walking horse, facing right when <paramref name="right"/>; height ≈ 1.3·h.</summary>
    public static void Rider(SceneBuilder sb, Vec2 foot, double h, bool right, Rgba8 color)
    {
        double s = right ? 1 : -1;
        Vec2 P(double px, double py) => new(foot.X + (s * px * h), foot.Y - (py * h));
        var pb = new PathBuilder();
        void Poly(params Vec2[] pts)
        {
            // Keep every part wound the same way so the union never cancels under nonzero.
            double area = 0;
            for (int i = 0; i < pts.Length; i++)
            {
                area += Vec2.Cross(pts[i], pts[(i + 1) % pts.Length]);
            }

            if (area < 0)
            {
                Array.Reverse(pts);
            }

            pb.MoveTo(pts[0]);
            for (int i = 1; i < pts.Length; i++)
            {
                pb.LineTo(pts[i]);
            }

            pb.Close();
        }

        // Body, neck and head, tail.
        Poly(P(-0.42, 0.62), P(-0.3, 0.72), P(0.25, 0.73), P(0.38, 0.78), P(0.52, 0.98), P(0.6, 1.0), P(0.72, 0.86),
            P(0.68, 0.82), P(0.55, 0.86), P(0.45, 0.66), P(0.36, 0.5), P(-0.3, 0.48), P(-0.44, 0.55));
        Poly(P(-0.42, 0.66), P(-0.56, 0.45), P(-0.52, 0.3), P(-0.46, 0.46), P(-0.38, 0.6));
        // Legs (walking).
        Poly(P(0.28, 0.52), P(0.36, 0.5), P(0.42, 0.02), P(0.36, 0.0));
        Poly(P(0.2, 0.52), P(0.27, 0.52), P(0.2, 0.0), P(0.14, 0.01));
        Poly(P(-0.26, 0.52), P(-0.18, 0.52), P(-0.3, 0.01), P(-0.36, 0.02));
        Poly(P(-0.34, 0.55), P(-0.27, 0.52), P(-0.18, 0.02), P(-0.24, 0.0));
        // Rider: torso, head, hat (kalpak).
        Poly(P(-0.06, 0.72), P(0.1, 0.72), P(0.08, 1.1), P(-0.04, 1.12));
        Poly(P(0.02, 0.74), P(0.08, 0.74), P(0.12, 0.55), P(0.06, 0.54));
        StrokeOutlineDisc(pb, P(0.03, 1.2), 0.065 * h);
        Poly(P(-0.05, 1.25), P(0.11, 1.25), P(0.05, 1.38));
        sb.Fill(pb.Build(), color);
    }

    private static void StrokeOutlineDisc(PathBuilder pb, Vec2 c, double r) => StrokeOutline.Disc(pb, c, r);

    /// <summary>A gnarled saxaul shrub: branching strokes from a short trunk.</summary>
    public static void Saxaul(PathBuilder pb, Vec2 foot, double h, SeededRandom rng)
    {
        Span<Vec2> pts = stackalloc Vec2[5];
        for (int b = 0; b < 7; b++)
        {
            double a = -Math.PI / 2 + rng.Range(-1.1, 1.1);
            var p = foot;
            double len = h * rng.Range(0.5, 1.0);
            for (int i = 0; i < pts.Length; i++)
            {
                pts[i] = p;
                a += rng.Range(-0.5, 0.5);
                p += Vec2.FromAngle(a) * (len / 4);
            }

            StrokeOutline.Append(pb, pts, h * 0.035 * (b == 0 ? 1.6 : 1));
        }

        for (int k = 0; k < 10; k++)
        {
            StrokeOutline.Disc(pb, foot + new Vec2(rng.Range(-0.5, 0.5) * h, -h * rng.Range(0.4, 0.95)), h * rng.Range(0.08, 0.16));
        }
    }

    /// <summary>A crescent: disc of radius r minus a disc of radius 0.86r offset by 0.42r toward <paramref name="tilt"/>,
    /// built as one closed outline (outer arc the long way round, inner arc back).</summary>
    public static Path Crescent(Vec2 c, double r, double tilt)
    {
        double rb = 0.86 * r, d = 0.42 * r;
        double x0 = ((d * d) + (r * r) - (rb * rb)) / (2 * d);
        double y0 = Math.Sqrt(Math.Max(0, (r * r) - (x0 * x0)));
        double ta = Math.Atan2(y0, x0);
        double p1 = Math.Atan2(y0, x0 - d), p2 = Math.Atan2(-y0, x0 - d);
        var rot = Affine.Rotate(tilt).Then(Affine.Translate(c));
        var pb = new PathBuilder();
        const int n = 48;
        for (int i = 0; i <= n; i++)
        {
            double a = ta + ((2 * Math.PI - (2 * ta)) * i / n);
            var p = rot.Apply(new Vec2(r * Math.Cos(a), r * Math.Sin(a)));
            if (i == 0)
            {
                pb.MoveTo(p);
            }
            else
            {
                pb.LineTo(p);
            }
        }

        double from = p2, to = p1 - (2 * Math.PI);
        for (int i = 1; i < n; i++)
        {
            double a = from + ((to - from) * i / n);
            pb.LineTo(rot.Apply(new Vec2(d + (rb * Math.Cos(a)), rb * Math.Sin(a))));
        }

        return pb.Close().Build();
    }

    /// <summary>The sun disc, flattened a little near the horizon and clipped at the land silhouette.</summary>
    public static Path Sun(World w, (double X, double Y, double R) s)
    {
        var pb = new PathBuilder();
        const int n = 64;
        double flat = w.Light.Time == TimeOfDay.Day ? 1 : 0.9;
        for (int i = 0; i < n; i++)
        {
            double a = 2 * Math.PI * i / n;
            double x = s.X + (s.R * Math.Cos(a)), y = s.Y + (s.R * flat * Math.Sin(a));
            y = Math.Min(y, w.LandTop(x) + 0.5);
            if (i == 0)
            {
                pb.MoveTo(x, y);
            }
            else
            {
                pb.LineTo(x, y);
            }
        }

        return pb.Close().Build();
    }
}
