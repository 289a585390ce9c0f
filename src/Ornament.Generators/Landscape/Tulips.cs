using Ornament.Geometry;
using Ornament.Paint;

namespace Ornament.Generators.Landscape;

/// <summary>Spring tulips of the steppe (§5.3: "scatter red tulips (cup shapes) with density decreasing with depth"):
/// red and some yellow cups on green stems, in drifts, drawn over the foreground in every render style. Positions and
/// sizes are in scene units from the seed, so every output size shows the same flowers.</summary>
internal static class Tulips
{
    /// <summary>Where the tulips grow: the nearest layer (steppe) or the plain (mountains); null when none grow.</summary>
    public static Layer? Ground(World w) =>
        !w.Tulips || w.Kind is SceneKind.Desert ? null : w.Layers[^1];

    /// <summary>Paints the tulips and returns how many were placed.</summary>
    public static int Paint(SceneBuilder sb, World w, SeedPath seed, double density, bool brushed = false, double opacity = 1)
    {
        if (Ground(w) is not { } ground)
        {
            return 0;
        }

        var rng = seed.Random("tulips");
        var L = w.Light;
        var red = w.Palette.Has("accent") ? Oklab.FromSrgb(w.Palette["accent"]) : Colour.Hex("#C8232C");
        red = Colour.Chroma(new Oklab(Math.Clamp(red.L, 0.5, 0.62), red.A, red.B), 1.15);
        var yellow = Colour.Hex("#F2C230");
        var stemC = L.Land(Colour.Hex("#4E6B2E"));
        int n = (int)Math.Round(150 * Math.Sqrt(density) * w.W / w.H);
        var stems = new PathBuilder();
        var cups = new List<(Vec2 Foot, double S, bool Yellow, double Lean)>();
        for (int k = 0, tries = 0; k < n && tries < n * 8; tries++)
        {
            double x = rng.Range(0, w.W);
            double top = ground.TopAt(x);
            // Depth 0 at the layer's top edge … 1 at the bottom of the picture; more flowers near the viewer.
            double depth = Math.Sqrt(rng.NextDouble());
            double y = top + ((w.H - top) * (0.06 + (0.94 * depth)));
            // Drifts: flowers gather where a low-frequency noise is high.
            double drift = w.Noise.Sample((float)(x / w.H * 2.6) + 17f, (float)(y / w.H * 1.6) + 3f);
            if (!rng.Chance(Colour.Smooth(-0.1, 0.45, drift)))
            {
                continue;
            }

            k++;
            double s = w.H * (0.004 + (0.02 * depth * depth)) * rng.Range(0.8, 1.2);
            double lean = rng.Range(-0.25, 0.25);
            var foot = new Vec2(x, y);
            var head = foot + new Vec2(lean * s * 1.4, -s * 2.2);
            StrokeOutline.Append(stems, [foot, foot + new Vec2(lean * s * 0.5, -s * 1.1), head], Math.Max(0.35, s * 0.07));
            cups.Add((head, s, rng.Chance(0.22), lean));
        }

        if (brushed)
        {
            return Brushed(sb, w, cups, stemC, red, yellow, rng);
        }

        sb.PushGroup("tulips", opacity: opacity);
        sb.Fill(stems.Build(), stemC.ToSrgb());
        // Cups back to front (far, small ones first), each a body with a lit inner petal on the sun's side.
        cups.Sort((a, b) => a.Foot.Y.CompareTo(b.Foot.Y));
        double sunSide = (w.Sun?.X ?? w.W * 0.5) > w.W * 0.5 ? 1 : -1;
        var bodies = new Dictionary<int, PathBuilder>();
        var order = new List<int>();
        foreach (var (head, s, isYellow, lean) in cups)
        {
            var baseC = L.Land(isYellow ? yellow : Colour.Lighten(red, rng.Range(-0.05, 0.04)));
            int shadeKey = (isYellow ? 0 : 100) + (int)Math.Round(Math.Clamp((baseC.L - 0.3) * 20, 0, 20));
            Add(bodies, order, shadeKey, Cup(head, s, lean));
            Add(bodies, order, 1000 + shadeKey, Petal(head, s, lean, sunSide));
        }

        foreach (int key in order)
        {
            bool petal = key >= 1000;
            int k = key % 1000;
            bool isYellow = k < 100;
            double l = 0.3 + ((k % 100) / 20.0);
            var c = isYellow ? L.Land(yellow) : L.Land(red);
            c = new Oklab(l, c.A, c.B);
            sb.Fill(bodies[key].Build(), (petal ? Colour.Lighten(Colour.Chroma(c, 0.95), 0.1) : c).ToSrgb());
        }

        sb.PopGroup();
        return cups.Count;
    }

    /// <summary>The painterly tulip: a stem stroke, a fat short stroke for the cup and a lighter dab on the lit side,
    /// so the flowers are painted like the rest of the picture rather than pasted on.</summary>
    private static int Brushed(SceneBuilder sb, World w, List<(Vec2 Foot, double S, bool Yellow, double Lean)> cups, Oklab stemC, Oklab red, Oklab yellow, SeededRandom rng)
    {
        var L = w.Light;
        var buckets = new StrokeBuckets(w.W, w.H);
        double sunSide = (w.Sun?.X ?? w.W * 0.5) > w.W * 0.5 ? 1 : -1;
        cups.Sort((a, b) => a.Foot.Y.CompareTo(b.Foot.Y));
        foreach (var (head, s, isYellow, lean) in cups)
        {
            var foot = head + new Vec2(-lean * s * 1.4, s * 2.2);
            buckets.AddStroke(0, Colour.Lighten(stemC, rng.Range(-0.04, 0.04)), [foot, foot + new Vec2(lean * s * 0.5, -s * 1.1), head], Math.Max(0.3, s * 0.06));
            var c = L.Land(isYellow ? yellow : Colour.Lighten(red, rng.Range(-0.05, 0.04)));
            var top = head + new Vec2(lean * s * 0.3, -s * 0.7);
            buckets.AddStroke(1, c, [head + new Vec2(0, -s * 0.25), top], s * 0.34);
            buckets.AddStroke(2, Colour.Lighten(Colour.Chroma(c, 0.9), 0.12), [top + new Vec2(sunSide * s * 0.12, s * 0.05), top + new Vec2(sunSide * s * 0.1, s * 0.25)], s * 0.12);
        }

        sb.PushGroup("tulips");
        for (int g = 0; g < 3; g++)
        {
            foreach (var it in buckets.Items(g))
            {
                sb.Add(it);
            }
        }

        sb.PopGroup();
        return cups.Count;
    }

    private static void Add(Dictionary<int, PathBuilder> d, List<int> order, int key, Vec2[] poly)
    {
        if (!d.TryGetValue(key, out var pb))
        {
            pb = new PathBuilder();
            d[key] = pb;
            order.Add(key);
        }

        pb.MoveTo(poly[0]);
        for (int i = 1; i < poly.Length; i++)
        {
            pb.LineTo(poly[i]);
        }

        pb.Close();
    }

    /// <summary>The cup seen from the side: a rounded bottom and three pointed petal tips, all wound the same way.</summary>
    private static Vec2[] Cup(Vec2 c, double s, double lean)
    {
        double w = 0.42 * s;
        var pts = new List<Vec2>();
        // Left tip → round bottom → right tip (a half ellipse), then the notched top back to the left tip.
        for (int i = 0; i <= 10; i++)
        {
            double a = Math.PI * i / 10;
            pts.Add(new Vec2(c.X - (w * Math.Cos(a)), c.Y - (0.95 * s) + (0.95 * s * Math.Sin(a))));
        }

        pts.Add(new Vec2(c.X + (0.42 * w), c.Y - (0.8 * s)));
        pts.Add(new Vec2(c.X + (0.05 * w * lean), c.Y - (1.12 * s)));
        pts.Add(new Vec2(c.X - (0.42 * w), c.Y - (0.8 * s)));
        for (int i = 0; i < pts.Count; i++)
        {
            // Lean the cup with its stem.
            pts[i] = new Vec2(pts[i].X + (lean * (c.Y - pts[i].Y) * 0.35), pts[i].Y);
        }

        return [.. pts];
    }

    /// <summary>The inner petal on the lit side: a narrow lighter lens.</summary>
    private static Vec2[] Petal(Vec2 c, double s, double lean, double side)
    {
        double x0 = c.X + (side * 0.12 * s);
        var pts = new Vec2[8];
        for (int i = 0; i < 8; i++)
        {
            double a = 2 * Math.PI * i / 8;
            double y = c.Y - (0.55 * s) + (0.42 * s * Math.Sin(a));
            pts[i] = new Vec2(x0 + (0.13 * s * Math.Cos(a)) + (lean * (c.Y - y) * 0.35), y);
        }

        return pts;
    }
}
