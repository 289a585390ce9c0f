using Ornament.Geometry;
using Ornament.Paint;

namespace Ornament.Generators.Landscape;

/// <summary>The Tian Shan spruce belt of the smooth (photographic) style as trees: rows of narrow, tiered spruce
/// crowns (Picea schrenkiana is a tall, slim cone) from just under the alpine rim down to the foothills, each crown
/// dark on its shaded side and a little lighter on the sun's. A gradient ramp alone can only give the belt vertical
/// streaks, which read as a curtain, not a forest.</summary>
internal static class SpruceBelt
{
    /// <summary>Crown height as a fraction of the scene height, at the top of the belt (crowns grow toward the front).</summary>
    private const double CrownHeight = 0.016;

    /// <summary>Paints the crowns of layer <paramref name="li"/> (a ridge layer in front of the snowy range).</summary>
    public static void Paint(SceneBuilder sb, World w, int li, SeededRandom rng)
    {
        var layer = w.Layers[li];
        double h0 = CrownHeight * w.H;
        double sunX = w.Sun?.X ?? w.Moon?.X ?? w.W * 0.7;
        double bottomMost = li + 1 < w.Layers.Count ? w.Layers[li + 1].MinTop() + (0.02 * w.H) : w.H;
        double minTop = layer.MinTop(), rowY = minTop;
        while (rowY < bottomMost)
        {
            // Crowns grow a little toward the viewer; rows overlap by half a crown so no ground shows between them.
            double depth = Math.Clamp((rowY - minTop) / Math.Max(1, bottomMost - minTop), 0, 1);
            double h = h0 * (1 + (0.6 * depth));
            double cw = 0.42 * h;
            for (double x = rng.Range(0, cw); x < w.W + cw; x += cw * rng.Range(0.55, 0.85))
            {
                double baseY = rowY + (rng.Range(-0.25, 0.25) * h);
                double top = layer.TopAt(x);
                // Below the rim of rock and alpine meadow only; sparse at the upper tree line, dense lower down.
                double below = (baseY - top) / w.H;
                if (below < 0.012 || !rng.Chance(Colour.Smooth(0.012, 0.03, below)))
                {
                    continue;
                }

                double th = h * rng.Range(0.8, 1.2);
                var c = layer.Color(x, Math.Max(baseY - (0.3 * th), top + 0.5));
                var body = Colour.Shade(c, rng.Range(0.72, 0.9));
                var lit = Colour.Shade(c, rng.Range(1.0, 1.12));
                sb.Fill(Crown(x, baseY, cw * rng.Range(0.85, 1.15), th, 0), new SolidPaint(body.ToSrgb()));
                sb.Fill(Crown(x, baseY, cw, th, sunX > x ? 1 : -1), new SolidPaint(lit.ToSrgb()));
            }

            rowY += 0.55 * h;
        }
    }

    // A tiered cone: three tiers of drooping branches, each wider at its foot. side = 0 gives the whole crown; ±1 only
    // the half toward the sun (a lit flank laid over the dark body).
    private static Path Crown(double x, double baseY, double width, double height, double side)
    {
        const int Tiers = 3;
        var left = new List<Vec2>();
        var right = new List<Vec2>();
        for (int t = 0; t < Tiers; t++)
        {
            // Tier t spans from its top (narrow) down to a wider foot that overhangs the next tier.
            double y0 = baseY - height + (height * t / Tiers), y1 = baseY - height + (height * (t + 1.15) / Tiers);
            double w0 = width * 0.5 * (t / (double)Tiers) * 0.6, w1 = width * 0.5 * ((t + 1.0) / Tiers);
            left.Add(new Vec2(x - w0, y0));
            left.Add(new Vec2(x - w1, Math.Min(y1, baseY)));
            right.Add(new Vec2(x + w0, y0));
            right.Add(new Vec2(x + w1, Math.Min(y1, baseY)));
        }

        var pb = new PathBuilder().MoveTo(x, baseY - height);
        if (side <= 0)
        {
            foreach (var p in left)
            {
                pb.LineTo(p);
            }
        }

        pb.LineTo(x, baseY);
        if (side >= 0)
        {
            for (int i = right.Count - 1; i >= 0; i--)
            {
                pb.LineTo(right[i]);
            }
        }

        return pb.Close().Build();
    }
}
