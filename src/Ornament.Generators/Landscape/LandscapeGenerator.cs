using Ornament.Geometry;
using Ornament.Paint;

namespace Ornament.Generators.Landscape;

/// <summary>Painted Kazakh landscapes (KAZAKH-ORNAMENT.md §5): steppe, Tian Shan, desert and night, as a resolution
/// independent <see cref="Scene"/> of 1000·aspect × 1000 user units.</summary>
internal static class LandscapeGenerator
{
    /// <summary>The decisions the generator makes for these options (cheap: no strokes are generated).</summary>
    public static LandscapeDesign Design(LandscapeOptions options) => Describe(WorldBuilder.Build(options), options, 0, 0);

    /// <summary>Generates the scene.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Aspect or density is not positive and finite.</exception>
    public static Scene Generate(LandscapeOptions options) => Generate(options, out _);

    /// <summary>Generates the scene and reports the design (with the placed prop counts).</summary>
    public static Scene Generate(LandscapeOptions options, out LandscapeDesign design)
    {
        if (!(options.Aspect > 0.1 && options.Aspect < 10) || !(options.Density > 0 && options.Density <= 16))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Aspect must lie in (0.1, 10) and Density in (0, 16].");
        }

        var w = WorldBuilder.Build(options);
        var sb = new SceneBuilder(w.W, w.H);
        int strokes = 0, lanes = 0, blades = 0;
        switch (options.Style)
        {
            case RenderStyle.Painterly:
                (strokes, lanes) = PaintLayers(sb, w, options);
                break;
            case RenderStyle.Photographic:
                CleanStyles.Photographic(sb, w, options.Gradients);
                break;
            default:
                CleanStyles.Watercolour(sb, w, options.Seed.Random("wash"), options.Gradients);
                break;
        }

        var (yurts, riders) = PlaceProps(sb, w, options);
        if (options.Style == RenderStyle.Painterly && options.Scene != SceneKind.Desert)
        {
            blades = Grass(sb, w, options);
        }

        // Painted as brush dabs in the painterly style, as a transparent glaze in watercolour.
        Tulips.Paint(sb, w, options.Seed, options.Density, brushed: options.Style == RenderStyle.Painterly,
            opacity: options.Style == RenderStyle.Watercolour ? 0.82 : 1);

        design = Describe(w, options, yurts, riders) with { Strokes = strokes + blades, GrassBlades = blades, BristleLanes = lanes };
        if (options.Style != RenderStyle.Painterly)
        {
            // Smooth styles may leave sub-pixel seams between abutting shapes; a horizon-coloured ground hides them.
            // The painterly style has no background: its first brush pass must cover the canvas by itself.
            sb.Background = w.Light.Horizon.ToSrgb();
        }
        return sb.Build();
    }

    private static LandscapeDesign Describe(World w, LandscapeOptions o, int yurts, int riders)
    {
        var layers = new List<LandscapeLayer>();
        foreach (var l in w.Layers)
        {
            layers.Add(new LandscapeLayer(l.Name, l.Depth, l.Haze));
        }

        (double, double)? light = w.Sun is { } s ? (s.X, s.Y) : w.Moon is { } m ? (m.X, m.Y) : null;
        return new LandscapeDesign(o.Scene, w.Light.Time, o.Style, w.Palette.Name, w.W, w.H, w.HorizonFraction, w.HorizonY,
            layers, Painterly.RadiusFractions, yurts, riders, w.Stars.Count, light);
    }

    /// <summary>Brush passes, largest first; in each pass the layers back to front, each a named group of colour
    /// buckets. Returns the brush strokes and, apart, the bristle lanes painted inside them.</summary>
    private static (int Strokes, int Lanes) PaintLayers(SceneBuilder sb, World w, LandscapeOptions o)
    {
        var buckets = new StrokeBuckets(w.W, w.H, o.Parallelism());
        Painterly painter;
        using (var crew = new Crew(o.Parallelism().MaxDegreeOfParallelism))
        {
            painter = new Painterly(w, o, crew);
            painter.Paint(buckets);
        }

        int passes = Painterly.RadiusFractions.Length;
        for (int pass = 0; pass < passes; pass++)
        {
            sb.PushGroup($"brush-{pass + 1}");
            for (int li = 0; li < w.Layers.Count; li++)
            {
                var items = buckets.Items((pass * 32) + li);
                if (items.Count > 0)
                {
                    sb.PushGroup(w.Layers[li].Name);
                    foreach (var it in items)
                    {
                        sb.Add(it);
                    }

                    sb.PopGroup();
                }

                if (li == 0 && pass == passes - 1)
                {
                    sb.PushGroup("celestial");
                    CleanStyles.Celestial(sb, w, o.Gradients, painterly: true);
                    sb.PopGroup();
                }
            }

            sb.PopGroup();
        }

        return (painter.Strokes, painter.BristleLanes);
    }

    /// <summary>Yurts, riders and saxaul on the layer just behind the foreground.</summary>
    private static (int Yurts, int Riders) PlaceProps(SceneBuilder sb, World w, LandscapeOptions o)
    {
        var rng = o.Seed.Random("props");
        int li = w.Layers.Count - (o.Scene == SceneKind.Mountains ? 1 : 2);
        var layer = w.Layers[li];
        double focusX = w.W * (w.Light.SunX < 0.5 ? rng.Range(0.58, 0.72) : rng.Range(0.28, 0.42));
        sb.PushGroup("props");
        int yurts = 0, riders = 0;
        double scale = o.Scene switch { SceneKind.Mountains => 0.12, SceneKind.Night => 0.17, _ => 0.11 };
        for (int k = 0; k < o.Yurts; k++)
        {
            double x = focusX + ((k == 0 ? 0 : ((k % 2 == 1 ? 1 : -1) * ((k + 1) / 2) * rng.Range(0.1, 0.16))) * w.W);
            if (x < 0.05 * w.W || x > 0.95 * w.W)
            {
                continue;
            }

            double d = w.H * scale * (k == 0 ? 1 : rng.Range(0.75, 0.9));
            x = Flattest(layer, x, d, w.W);
            double y = Math.Max(layer.TopAt(x - (d / 2)), layer.TopAt(x + (d / 2))) + (0.012 * w.H);
            if (li + 1 < w.Layers.Count)
            {
                y = Math.Min(y, w.Layers[li + 1].TopAt(x) + 2);
            }

            Props.Yurt(sb, w, new Vec2(x, y), d, faceLeft: w.Light.SunX < 0.5);
            yurts++;
        }

        if (o.Riders)
        {
            var dark = w.Light.Land(o.Scene == SceneKind.Desert ? Colour.Hex("#3A2A22") : Colour.Hex("#2E2620"));
            int n = 1 + rng.Next(0, 3);
            for (int k = 0; k < n; k++)
            {
                double x = focusX + ((rng.Chance(0.5) ? 1 : -1) * rng.Range(0.08, 0.2) * w.W);
                double hgt = w.H * 0.065 * rng.Range(0.9, 1.1);
                double y = layer.TopAt(x) + (0.03 * w.H);
                if (li + 1 < w.Layers.Count)
                {
                    y = Math.Min(y, w.Layers[li + 1].TopAt(x) + 2);
                }

                Props.Rider(sb, new Vec2(x, y), hgt, x < focusX, dark.ToSrgb());
                riders++;
            }
        }

        if (o.Scene == SceneKind.Desert)
        {
            var near = w.Layers[^1];
            var pb = new PathBuilder();
            for (int k = 0; k < 7; k++)
            {
                double x = rng.Range(0.05, 0.95) * w.W;
                double y = near.TopAt(x) + (rng.Range(0.02, 0.2) * (w.H - near.TopAt(x)));
                Props.Saxaul(pb, new Vec2(x, y), w.H * rng.Range(0.04, 0.08) * (0.6 + ((y - near.TopAt(x)) / w.H * 2)), rng);
            }

            sb.Fill(pb.Build(), w.Light.Land(Colour.Hex("#3A2A22")).ToSrgb());
        }

        sb.PopGroup();
        return (yurts, riders);
    }

    /// <summary>The x within ±0.08·W of <paramref name="x"/> where the silhouette under a footprint of width d is
    /// flattest (a yurt stands on level ground, not on a dune crest).</summary>
    private static double Flattest(Layer layer, double x, double d, double width)
    {
        double best = x, bestRise = double.MaxValue;
        for (int i = -12; i <= 12; i++)
        {
            double cx = Math.Clamp(x + (i * width * 0.08 / 12), 0.08 * width, 0.92 * width);
            double lo = double.MaxValue, hi = double.MinValue;
            for (int k = 0; k <= 8; k++)
            {
                double t = layer.TopAt(cx - (d / 2) + (d * k / 8));
                lo = Math.Min(lo, t);
                hi = Math.Max(hi, t);
            }

            double rise = (hi - lo) + (Math.Abs(i) * 0.05);
            if (rise < bestRise)
            {
                bestRise = rise;
                best = cx;
            }
        }

        return best;
    }

    /// <summary>Foreground feather grass: thin curved vertical strokes bent by the wind, longer and denser nearer.</summary>
    /// <remarks>The random draws are taken in order first (four per blade, as one blade after another would take
    /// them), the blades' shapes and colours (each the world's colour function at its root) are then computed in
    /// parallel, and the strokes added in blade order: the same strokes for any thread count.</remarks>
    private static int Grass(SceneBuilder sb, World w, LandscapeOptions o)
    {
        var rng = o.Seed.Random("grass");
        var near = w.Layers[^1];
        var buckets = new StrokeBuckets(w.W, w.H, o.Parallelism());
        int n = (int)(1500 * o.Density * o.Aspect);
        const int Draws = 4, Points = 4;
        var draws = new double[n * Draws];
        for (int k = 0; k < n; k++)
        {
            draws[k * Draws] = rng.Range(0, w.W);
            draws[(k * Draws) + 1] = rng.NextDouble();
            draws[(k * Draws) + 2] = rng.Range(0.7, 1.2);
            draws[(k * Draws) + 3] = rng.Range(-0.08, 0.12);
        }

        var pts = new Vec2[n * Points];
        var colours = new Oklab[n];
        var radii = new double[n];
        const int Block = 256;
        Parallel.For(0, (n + Block - 1) / Block, o.Parallelism(), blk =>
        {
            for (int k = blk * Block; k < Math.Min(n, (blk + 1) * Block); k++)
            {
                double x = draws[k * Draws];
                double top = near.TopAt(x);
                double depth = Math.Sqrt(draws[(k * Draws) + 1]);
                double y = top + ((w.H - top) * depth) + 4;
                double len = w.H * (0.008 + (0.032 * depth)) * draws[(k * Draws) + 2];
                double wind = 0.35 + (0.3 * w.Noise.Sample((float)(x / w.H * 3), 5.5f));
                var p = new Vec2(x, y);
                for (int i = 0; i < Points; i++)
                {
                    pts[(k * Points) + i] = p;
                    double a = (-Math.PI / 2) + (wind * i / 3.0);
                    p += Vec2.FromAngle(a) * (len / 3);
                }

                colours[k] = Colour.Lighten(w.ColorAt(x, Math.Min(w.H - 1, y)), draws[(k * Draws) + 3]);
                radii[k] = w.W * (0.0009 + (0.0011 * depth));
            }
        });

        for (int k = 0; k < n; k++)
        {
            buckets.AddStroke(0, colours[k], pts.AsSpan(k * Points, Points), radii[k]);
        }

        sb.PushGroup("foreground");
        foreach (var it in buckets.Items(0))
        {
            sb.Add(it);
        }

        sb.PopGroup();
        return n;
    }
}
