using Ornament.Generators.Noise;
using Ornament.Geometry;
using Ornament.Paint;

namespace Ornament.Generators.Landscape;

/// <summary>Cloud banks for the smooth (photographic) sky: a few horizontal banks of soft elliptical puffs, each puff a
/// shadowed body under a lit cap shifted toward the sun, so the banks read as lit from the sun's side. Dawn clouds are
/// peach over lavender, sunset clouds gold over plum, day clouds white over blue-grey; the night has none but a thin
/// veil. Puffs are placed in scene units from the seed, so every size shows the same sky.</summary>
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
            // Banks higher up are larger and sparser; lower ones flatten toward the horizon (perspective).
            double t = (b + rng.Range(0.1, 0.7)) / (banks + 0.5);
            double y = w.HorizonY * (0.1 + (0.72 * t));
            double scale = 1.3 - (0.8 * t);
            double x = rng.Range(-0.2, 0.1) * w.W;
            while (x < w.W * 1.15)
            {
                double big = w.H * rng.Range(0.07, 0.14) * scale;
                double cover = w.Noise.Sample((float)(x / w.H * 1.1) + (b * 7.1f), 21.5f + (b * 3.3f));
                if (cover > 0)
                {
                    double a = strength * Colour.Smooth(0, 0.3, cover);
                    double towardSun = Math.Sign(sunX - x);
                    double near = Math.Exp(-Math.Abs(sunX - x) / (0.35 * w.W));
                    var body = Colour.Mix(shade, w.SkyColor(x, y), 0.3 * t);
                    var cap = Colour.Mix(lit, L.Sun, 0.35 * near);
                    // A flat-bottomed base in shadow, then a few rounded heaps on it, each shadowed and lit on the side
                    // toward the sun (cumulus banks), smaller and flatter further away.
                    Puff(sb, new Vec2(x, y), big, big * 0.2 * (1 - (0.4 * t)), body, a * 0.85, gradients);
                    int heaps = 3 + rng.Next(0, 3);
                    for (int k = 0; k < heaps; k++)
                    {
                        double r = big * rng.Range(0.4, 0.75);
                        double hx = x + (rng.Range(-0.65, 0.65) * big), hy = y - (big * 0.06) - (r * rng.Range(0.15, 0.4) * (1 - (0.4 * t)));
                        double flat = 0.62 * (1 - (0.35 * t));
                        Puff(sb, new Vec2(hx, hy), r, r * flat, body, a * 0.8, gradients);
                        Puff(sb, new Vec2(hx + (towardSun * r * 0.22), hy - (r * flat * 0.22)), r * 0.82, r * flat * 0.7, cap, a * (0.4 + (0.35 * near)), gradients);
                    }

                    x += big * rng.Range(1.1, 1.8);
                }
                else
                {
                    x += big * rng.Range(0.6, 1.0);
                }
            }
        }

        sb.PopGroup();
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
