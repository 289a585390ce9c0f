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
                // Sparse along the ridge line, where the odd crown breaks the skyline against the range behind (a
                // forested ridge has a ragged edge, not a smooth one), dense lower down.
                double below = (baseY - top) / w.H;
                if (below < -0.002 || !rng.Chance(Colour.Smooth(-0.002, 0.03, below)))
                {
                    continue;
                }

                double th = h * rng.Range(0.8, 1.2);
                var c = layer.Color(x, Math.Max(baseY - (0.3 * th), top + 0.5));
                var body = Colour.Shade(c, rng.Range(0.72, 0.9));
                var lit = Colour.Shade(c, rng.Range(1.0, 1.12));
                // Crowns differ: slimmer or fuller, three to five tiers, leaning a little.
                double crownW = cw * rng.Range(0.7, 1.3);
                int tiers = rng.Next(3, 6);
                double lean = rng.Range(-0.12, 0.12) * crownW;
                sb.Fill(Crown(x, baseY, crownW, th, tiers, lean, 0), new SolidPaint(body.ToSrgb()));
                sb.Fill(Crown(x, baseY, crownW * 0.92, th, tiers, lean, sunX > x ? 1 : -1), new SolidPaint(lit.ToSrgb()));
            }

            rowY += 0.55 * h;
        }
    }

    // A tiered cone: tiers of drooping branches, each wider at its foot, the tip shifted by lean. side = 0 gives the
    // whole crown; ±1 only the half toward the sun (a lit flank laid over the dark body).
    private static Path Crown(double x, double baseY, double width, double height, int tiers, double lean, double side)
    {
        var left = new List<Vec2>();
        var right = new List<Vec2>();
        for (int t = 0; t < tiers; t++)
        {
            // Tier t spans from its top (narrow) down to a wider foot that overhangs the next tier; the axis bends from
            // the leaning tip back to the foot.
            double y0 = baseY - height + (height * t / tiers), y1 = baseY - height + (height * (t + 1.15) / tiers);
            double w0 = width * 0.5 * (t / (double)tiers) * 0.6, w1 = width * 0.5 * ((t + 1.0) / tiers);
            double a0 = x + (lean * (1 - (t / (double)tiers))), a1 = x + (lean * Math.Max(0, 1 - ((t + 1.15) / tiers)));
            left.Add(new Vec2(a0 - w0, y0));
            left.Add(new Vec2(a1 - w1, Math.Min(y1, baseY)));
            right.Add(new Vec2(a0 + w0, y0));
            right.Add(new Vec2(a1 + w1, Math.Min(y1, baseY)));
        }

        var pb = new PathBuilder().MoveTo(x + lean, baseY - height);
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
