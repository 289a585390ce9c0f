using Ornament.Geometry;
using Ornament.Paint;

namespace Ornament.Generators.Landscape;

/// <summary>What keeps the smooth (photographic) ground from being a plain ramp: distant grass bands that follow the
/// land and crowd toward the horizon, a dirt track curving away to the horizon, and fine grass in the foreground.
/// Everything is placed in scene units from the seed.</summary>
internal static class GroundTexture
{
    public static void Paint(SceneBuilder sb, World w, SeededRandom rng)
    {
        if (w.Kind is SceneKind.Desert || w.Layers.Count < 3)
        {
            return;
        }

        sb.PushGroup("ground-texture");
        GrassBands(sb, w, rng);
        Track(sb, w, rng);
        Blades(sb, w, rng);
        sb.PopGroup();
    }

    /// <summary>Translucent darker and lighter strips under each land silhouette, thinner and denser with distance.</summary>
    private static void GrassBands(SceneBuilder sb, World w, SeededRandom rng)
    {
        for (int li = 2; li < w.Layers.Count; li++)
        {
            var layer = w.Layers[li];
            if (layer.Flow is not (Flow.Rolling or Flow.Ground))
            {
                continue;
            }

            double bottom = li + 1 < w.Layers.Count ? w.Layers[li + 1].MinTop() + (0.02 * w.H) : w.H;
            double top = layer.MinTop();
            int n = li + 1 < w.Layers.Count ? 9 : 14;
            for (int k = 0; k < n; k++)
            {
                // Perspective: depth fractions crowd near the layer's top edge.
                double f0 = Math.Pow((k + rng.Range(0, 0.4)) / n, 1.7), f1 = f0 + (rng.Range(0.25, 0.6) / n * (0.4 + f0));
                bool dark = rng.Chance(0.6);
                var pb = new PathBuilder();
                const int S = 64;
                for (int i = 0; i <= S; i++)
                {
                    double x = w.W * i / S, t = layer.TopAt(x);
                    double wob = 0.004 * w.H * w.Noise.Sample((float)(x / w.H * 4) + k, 33f + li);
                    double y = t + ((bottom - t) * f0) + wob;
                    if (i == 0)
                    {
                        pb.MoveTo(x, y);
                    }
                    else
                    {
                        pb.LineTo(x, y);
                    }
                }

                for (int i = S; i >= 0; i--)
                {
                    double x = w.W * i / S, t = layer.TopAt(x);
                    double wob = 0.006 * w.H * w.Noise.Sample((float)(x / w.H * 3) + k + 9, 13f + li);
                    pb.LineTo(x, t + ((bottom - t) * f1) + wob);
                }

                double ym = top + ((bottom - top) * (f0 + f1) / 2);
                var c = w.ColorAt(w.W / 2, Math.Min(w.H - 1, ym));
                c = dark ? Colour.Chroma(Colour.Shade(c, 0.8), 1.1) : Colour.Lighten(Colour.Chroma(c, 1.15), 0.06);
                sb.Fill(pb.Close().Build(), new SolidPaint(c.ToSrgb((byte)(dark ? 95 : 75))));
            }
        }
    }

    /// <summary>A pair of wheel ruts from the foreground curving to a point near the horizon.</summary>
    private static void Track(SceneBuilder sb, World w, SeededRandom rng)
    {
        double x0 = rng.Range(0.25, 0.75) * w.W, x1 = x0 + (rng.Range(-0.35, 0.35) * w.W);
        double y1 = w.Layers[^2].TopAt(x1) + (0.01 * w.H);
        var c = Colour.Mix(w.ColorAt(x0, w.H - 2), w.Light.Land(Colour.Hex("#D9C9A3")), 0.45);
        var pb = new PathBuilder();
        for (int side = -1; side <= 1; side += 2)
        {
            var pts = new List<Vec2>();
            for (int i = 0; i <= 24; i++)
            {
                double t = i / 24.0; // 0 at the horizon end … 1 at the bottom
                double e = t * t;
                double x = x1 + ((x0 - x1) * (1 - ((1 - t) * (1 - t)))) + (side * (0.002 + (0.05 * e)) * w.H);
                double y = y1 + ((w.H + 10 - y1) * e);
                pts.Add(new Vec2(x, y));
            }

            // A tapered ribbon: thin at the horizon, wide in front.
            for (int i = 0; i < pts.Count; i++)
            {
                double wdt = (0.0006 + (0.012 * i * i / (24.0 * 24.0))) * w.H;
                var p = pts[i] + new Vec2(-wdt, 0);
                if (i == 0)
                {
                    pb.MoveTo(p);
                }
                else
                {
                    pb.LineTo(p);
                }
            }

            for (int i = pts.Count - 1; i >= 0; i--)
            {
                double wdt = (0.0006 + (0.012 * i * i / (24.0 * 24.0))) * w.H;
                pb.LineTo(pts[i] + new Vec2(wdt, 0));
            }

            pb.Close();
        }

        sb.Fill(pb.Build(), new SolidPaint(c.ToSrgb(120)));
    }

    /// <summary>Fine grass blades over the nearest ground, darker and lighter than the land under them.</summary>
    private static void Blades(SceneBuilder sb, World w, SeededRandom rng)
    {
        var near = w.Layers[^1];
        var buckets = new StrokeBuckets(w.W, w.H);
        int n = (int)(1400 * w.W / w.H);
        Span<Vec2> pts = stackalloc Vec2[3];
        for (int k = 0; k < n; k++)
        {
            double x = rng.Range(0, w.W), top = near.TopAt(x);
            double depth = Math.Sqrt(rng.NextDouble());
            double y = top + ((w.H - top) * depth) + 3;
            double len = w.H * (0.004 + (0.022 * depth)) * rng.Range(0.7, 1.2);
            double lean = 0.25 + (0.25 * w.Noise.Sample((float)(x / w.H * 3), 5.5f));
            pts[0] = new Vec2(x, y);
            pts[1] = pts[0] + (Vec2.FromAngle((-Math.PI / 2) + (lean * 0.4)) * (len / 2));
            pts[2] = pts[1] + (Vec2.FromAngle((-Math.PI / 2) + lean) * (len / 2));
            var c = w.ColorAt(x, Math.Min(w.H - 1, y));
            c = rng.Chance(0.55) ? Colour.Shade(c, rng.Range(0.72, 0.88)) : Colour.Lighten(c, rng.Range(0.04, 0.1));
            buckets.AddStroke(0, c, pts, w.W * (0.0005 + (0.0007 * depth)));
        }

        sb.PushGroup("grass", opacity: 0.8);
        foreach (var it in buckets.Items(0))
        {
            sb.Add(it);
        }

        sb.PopGroup();
    }
}
