using Ornament.Generators.Noise;
using Ornament.Geometry;
using Ornament.Paint;

namespace Ornament.Generators.Landscape;

/// <summary>Cloud banks for the smooth (photographic) sky: a few horizontal banks of clouds, each one soft-edged mass
/// (heaped cumulus higher up, long stratus sheets low down) lit at the top on the sun's side and shaded at its flat
/// base. Dawn clouds are
/// peach over lavender, sunset clouds gold over plum, day clouds white over blue-grey; the night has none but a thin
/// veil. Clouds are placed in scene units from the seed, so every size shows the same sky.</summary>
internal static class Clouds
{
    public static void Paint(SceneBuilder sb, World w, SeededRandom rng, bool gradients)
    {
        var L = w.Light;
        double sunX = w.Sun?.X ?? w.Moon?.X ?? w.W * 0.5;
        var (lit, shade, banks, strength) = L.Time switch
        {
            TimeOfDay.Day => (Colour.Hex("#FBFCFD"), Colour.Hex("#B7C4D4"), 4, 0.85),
            TimeOfDay.Dawn => (Colour.Hex("#FFD2B8"), Colour.Mix(L.SkyMid, Colour.Hex("#8A7A9E"), 0.5), 4, 0.8),
            TimeOfDay.Golden => (Colour.Hex("#FFC070"), Colour.Mix(L.SkyMid, Colour.Hex("#5A2E55"), 0.5), 4, 0.85),
            _ => (Colour.Lighten(L.SkyMid, 0.08), L.SkyMid, 2, 0.25),
        };

        sb.PushGroup("clouds");
        if (L.Time == TimeOfDay.Night)
        {
            MilkyWay(sb, w, gradients);
            sb.PopGroup();
            return;
        }

        for (int b = 0; b < banks; b++)
        {
            // Banks higher up are larger and sparser; lower ones flatten toward the horizon (perspective), and the
            // lowest bank is stratus: long thin sheets rather than heaped cumulus.
            double t = (b + rng.Range(0.1, 0.7)) / (banks + 0.5);
            double y = w.HorizonY * (0.1 + (0.72 * t));
            double scale = 1.3 - (0.8 * t);
            double x = rng.Range(-0.2, 0.1) * w.W;
            while (x < w.W * 1.15)
            {
                double big = w.H * rng.Range(0.07, 0.14) * scale;
                double cover = w.Noise.Sample((float)(x / w.H * 1.1) + (b * 7.1f), 21.5f + (b * 3.3f));
                if (cover > -0.02)
                {
                    double a = strength * Colour.Smooth(-0.02, 0.22, cover);
                    bool stratus = t > 0.62 || rng.Chance(0.2);
                    double hw = big * (stratus ? rng.Range(2.4, 4.2) : rng.Range(1.2, 2.1));
                    double cx = x + hw;
                    double towardSun = Math.Sign(sunX - cx);
                    double near = Math.Exp(-Math.Abs(sunX - cx) / (0.35 * w.W));
                    var body = Colour.Mix(shade, w.SkyColor(cx, y), 0.3 * t);
                    var cap = Colour.Mix(lit, L.Sun, 0.35 * near);
                    var shape = Shape.Make(rng, cx, y, hw, stratus, t);
                    Cloud(sb, w, shape, cap, body, a, towardSun, gradients);
                    x += 2 * hw * rng.Range(0.85, 1.4);
                }
                else
                {
                    x += big * rng.Range(0.6, 1.0);
                }
            }
        }

        sb.PopGroup();
    }

    /// <summary>One cloud's outline: a flat, slightly rounded base under a top made of overlapping rounded heaps
    /// (cumulus) or long low swells (stratus).</summary>
    internal sealed class Shape
    {
        public required double Cx { get; init; }

        public required double Base { get; init; }

        public required double HalfWidth { get; init; }

        public required double Height { get; init; }

        public required (double C, double R, double H)[] Heaps { get; init; }

        public required bool Stratus { get; init; }

        /// <summary>How far the innermost (most opaque) layer is grown: negative, a shrunken core.</summary>
        public double Core => (Stratus ? -0.3 : -0.2) * Height;

        public static Shape Make(SeededRandom rng, double cx, double y, double hw, bool stratus, double t)
        {
            int m = stratus ? rng.Next(6, 10) : rng.Next(4, 7);
            double height = hw * (stratus ? rng.Range(0.12, 0.2) : rng.Range(0.55, 0.8) * (1 - (0.35 * t)));
            var heaps = new (double, double, double)[m];
            double span = 2 * hw * 0.8, step = span / m;
            for (int k = 0; k < m; k++)
            {
                double c = cx - (span / 2) + ((k + 0.5) * step) + (rng.Range(-0.25, 0.25) * step);
                double off = Math.Abs(c - cx) / hw;
                // Heaps tower in the middle and settle toward the ends; each overlaps its neighbours, so the top is one
                // continuous billowing line, never a chain of separate beads.
                double r = step * (stratus ? rng.Range(1.3, 1.9) : rng.Range(0.9, 1.3)) * (1.15 - (0.3 * off));
                double h = height * (stratus ? rng.Range(0.55, 1) : rng.Range(0.55, 1) * (1 - (0.55 * off * off)));
                // A heap is a rounded billow, at most a little taller than it is wide: taller ones stand as narrow
                // arches side by side, and the nested rims turn the notches between them into vertical creases.
                heaps[k] = (c, r, Math.Min(h, 1.25 * r));
            }

            return new Shape { Cx = cx, Base = y, HalfWidth = hw, Height = height, Heaps = heaps, Stratus = stratus };
        }

        /// <summary>The outline grown by e (e = 0: the cloud itself), as a closed polygon: the heaps' tops grow by
        /// half as much and the base by more, so a cloud's sunlit top stays crisp and its base dissolves.</summary>
        public Vec2[] Outline(double e, GradientNoise noise)
        {
            double x0 = double.MaxValue, x1 = double.MinValue;
            foreach (var (c, r, _) in Heaps)
            {
                x0 = Math.Min(x0, c - r);
                x1 = Math.Max(x1, c + r);
            }

            // Every grown copy is sampled at the same x (the extent of the largest one): at each x its top and base
            // only move outward as e grows, so the copies nest and their rims never cross into slivers.
            x0 -= 0.35 * Height;
            x1 += 0.35 * Height;
            const int N = 96;
            var pts = new Vec2[(2 * N) + 2];
            double sag = (Stratus ? 0.25 : 0.12) * Height;
            for (int i = 0; i <= N; i++)
            {
                double x = x0 + ((x1 - x0) * i / N);
                // The heaps' tops joined by a soft maximum (the 4-norm) rather than the maximum: the notch where two
                // heaps meet is filled in a little, so the nested rims do not stack their notches into vertical
                // creases down a tall cloud (an organ-pipe look).
                double top4 = 0;
                foreach (var (c, r, h) in Heaps)
                {
                    // A shrunken core (e < 0) keeps most of each heap's width and sinks instead: narrowed by the full
                    // e, the heaps of the inner, most opaque layers stood apart as arches with dark notches between
                    // them (organ pipes down a tall cloud).
                    double q = (x - c) / Math.Max(1e-3, r + (e < 0 ? 0.3 * e : e));
                    if (q * q < 1)
                    {
                        double t = Math.Max(0, h + (0.5 * e)) * Math.Sqrt(1 - (q * q));
                        top4 += t * t * t * t;
                    }
                }

                double top = Math.Sqrt(Math.Sqrt(top4));

                // A little noise on the rim: vapour, not a drawn curve.
                double wob = 0.05 * Height * noise.Sample((float)(x / Height * 0.9) + 3.7f, (float)(Base / Height) + 1.3f);
                double u = (x - ((x0 + x1) / 2)) / ((x1 - x0) / 2);
                // The base sags under the heaps and closes up at the cloud's ends.
                double bottom = (sag + (1.3 * e)) * Math.Sqrt(Math.Max(0, 1 - (u * u))) * Math.Min(1, top / (0.15 * Height));
                double ty = Base - Math.Max(0, top + (wob * Math.Min(1, top / (0.1 * Height))));
                pts[i] = new Vec2(x, ty);
                pts[(2 * N) + 1 - i] = new Vec2(x, Math.Max(ty, Base + bottom));
            }

            return pts;
        }
    }

    /// <summary>A cloud as a few nested outlines, each grown a little more and each faint, so the rim fades softly
    /// while the body stays one mass; filled lit at the top on the sun's side and shaded at the flat base.</summary>
    private static void Cloud(SceneBuilder sb, World w, Shape shape, Oklab cap, Oklab body, double alpha, double towardSun, bool gradients)
    {
        // Many thin nested layers from a shrunken core out to a grown rim, drawn at full strength inside a group that
        // is composited once at the cloud's alpha. Layer k (counted from the core) gets alpha 1/(k+1), so the
        // cumulative alpha climbs in equal steps of 1/layers from the rim inwards: with 24 layers no step shows as a
        // ring, even on a faint cloud. Inside the group every layer's alpha is at least 1/24, so its premultiplied
        // 8-bit colour is rounded finely, and whatever error remains is scaled down by the group's opacity — no hue
        // drift where many faint layers would otherwise stack (the rainbow fringes near the sun).
        alpha = Math.Clamp(alpha, 0.01, 0.99);
        const int layers = 24;
        sb.PushGroup("cloud", alpha);
        double inner = shape.Core, outer = (shape.Stratus ? 0.3 : 0.14) * shape.Height;
        double top = shape.Base - shape.Heaps.Max(h => h.H), bottom = shape.Base + (0.15 * shape.Height);
        var from = new Vec2(shape.Cx + (towardSun * 0.3 * shape.HalfWidth), top);
        var to = new Vec2(shape.Cx - (towardSun * 0.15 * shape.HalfWidth), bottom);
        var mid = Colour.Mix(cap, body, 0.5);
        for (int k = layers - 1; k >= 0; k--)
        {
            var path = Polygon(shape.Outline(inner + ((outer - inner) * k / (layers - 1)), w.Noise));
            byte each = (byte)Math.Round(255.0 / (k + 1));
            if (gradients)
            {
                // Each faint layer's gradient is shifted a little along its axis, so their 8-bit steps fall in different
                // places and average out instead of stacking into bands across the cloud.
                var shift = (to - from) * (0.14 * (((k * 7) % layers) - (layers / 2.0)) / layers);
                sb.Fill(path, new LinearGradient(from + shift, to + shift,
                    [new GradientStop(0, cap.ToSrgb(each)), new GradientStop(0.3, Colour.Mix(cap, body, 0.15).ToSrgb(each)), new GradientStop(0.65, mid.ToSrgb(each)), new GradientStop(1, body.ToSrgb(each))]));
            }
            else
            {
                sb.Fill(path, new SolidPaint(Colour.Mix(cap, body, 0.6).ToSrgb(each)));
            }
        }

        if (!gradients)
        {
            // Without gradients: the lit upper part of the heaps as one more fill, shrunk toward the sun-lit top.
            var lit = shape.Outline(-0.3 * shape.Height, w.Noise);
            for (int i = 0; i < lit.Length; i++)
            {
                lit[i] = new Vec2(lit[i].X + (towardSun * 0.08 * shape.HalfWidth), Math.Min(lit[i].Y, shape.Base - (0.35 * shape.Height)));
            }

            sb.Fill(Polygon(lit), new SolidPaint(cap.ToSrgb(153))); // 0.6 of the cloud's alpha
        }

        sb.PopGroup();
    }

    private static Path Polygon(Vec2[] pts)
    {
        var pb = new PathBuilder().MoveTo(pts[0]);
        for (int i = 1; i < pts.Length; i++)
        {
            pb.LineTo(pts[i]);
        }

        return pb.Close().Build();
    }

    /// <summary>The Milky Way as soft glows along its band, brighter where its warped-noise density is high.</summary>
    private static void MilkyWay(SceneBuilder sb, World w, bool gradients)
    {
        var mw = w.Palette.Has("milky_way") ? Oklab.FromSrgb(w.Palette["milky_way"]) : Colour.Hex("#6F7BA8");
        mw = Colour.Lighten(mw, 0.08);
        double step = 0.035 * w.H;
        for (double y = step / 2; y < w.HorizonY; y += step)
        {
            for (double x = step / 2; x < w.W; x += step)
            {
                double band = w.MilkyBand(x, y);
                if (band < 0.15)
                {
                    continue;
                }

                float d = Fractal.Warped(w.Noise, (float)(x / w.H * 3) + 50f, (float)(y / w.H * 3) + 20f, new FractalSettings(3), 1.2f);
                double a = band * Math.Clamp(0.35 + (1.1 * d), 0, 1) * 0.22;
                if (a > 0.01)
                {
                    // Jittered off the grid so no lattice shows.
                    double jx = 0.5 * step * w.Noise.Sample((float)(x * 0.37), (float)(y * 0.41)), jy = 0.5 * step * w.Noise.Sample((float)(y * 0.29) + 5f, (float)(x * 0.31));
                    Puff(sb, new Vec2(x + jx, y + jy), step * 1.7, step * 1.1, mw, a * 0.8, gradients);
                }
            }
        }
    }

    /// <summary>A soft ellipse: opaque core, smooth falloff to nothing at the rim.</summary>
    private static void Puff(SceneBuilder sb, Vec2 c, double rx, double ry, Oklab colour, double alpha, bool gradients)
    {
        var place = Affine.Scale(1, ry / rx).Then(Affine.Translate(c.X, c.Y));
        if (gradients)
        {
            var stops = new List<GradientStop>();
            for (int i = 0; i <= 8; i++)
            {
                double t = i / 8.0;
                double k = 1 - Colour.Smooth(0.35, 1, t);
                stops.Add(new GradientStop(t, colour.ToSrgb((byte)Math.Round(255 * alpha * k))));
            }

            sb.Fill(Shapes.Circle(Vec2.Zero, rx), new RadialGradient(Vec2.Zero, rx, stops), transform: place);
            return;
        }

        for (int i = 0; i < 4; i++)
        {
            sb.Fill(Shapes.Circle(Vec2.Zero, rx * (1 - (0.16 * i))), new SolidPaint(colour.ToSrgb((byte)Math.Round(255 * alpha * 0.3))), transform: place);
        }
    }
}
