using Ornament.Generators.Noise;
using Ornament.Paint;

namespace Ornament.Generators.Landscape;

/// <summary>A star of the night sky (user units; radius from magnitude).</summary>
internal readonly record struct Star(double X, double Y, double Radius, double Brightness, Oklab Color);

/// <summary>The analytic landscape: sky, depth layers, sun or moon, stars. Both the clean and the painterly renderings
/// read colours and stroke directions from here, so they agree.</summary>
internal sealed class World
{
    public required double W { get; init; }

    public required double H { get; init; }

    public required double HorizonY { get; init; }

    public required double HorizonFraction { get; init; }

    public required Light Light { get; init; }

    public required SceneKind Kind { get; init; }

    public required Palette Palette { get; init; }

    public required SeedPath Seed { get; init; }

    /// <summary>Whether glows may use gradient paints (else stacked faint discs).</summary>
    public bool Gradients { get; init; } = true;

    /// <summary>Whether the foreground carries tulips.</summary>
    public bool Tulips { get; init; } = true;

    /// <summary>Whether the ground's colour model carries red tulip patches (the painterly and watercolour reference:
    /// distant drifts of colour under the drawn cups). The smooth style leaves them out: its columns would only blur
    /// them into smudges, and its tulips are the drawn cups.</summary>
    public bool TulipPatches { get; init; } = true;

    /// <summary>Back to front; index 0 is the sky.</summary>
    public List<Layer> Layers { get; } = [];

    public (double X, double Y, double R)? Sun { get; set; }

    public (double X, double Y, double R)? Moon { get; set; }

    public List<Star> Stars { get; } = [];

    public GradientNoise Noise { get; init; }

    /// <summary>The stars the night orientation field swirls round (the first dozen brighter than 0.55).</summary>
    public IReadOnlyList<Star> BrightStars => _bright ??= Stars.Where(s => s.Brightness > 0.55).Take(12).ToArray();

    private Star[]? _bright;

    /// <summary>Index of the frontmost layer covering (x, y).</summary>
    public int Hit(double x, double y)
    {
        for (int i = Layers.Count - 1; i > 0; i--)
        {
            if (y >= Layers[i].TopAt(x))
            {
                return i;
            }
        }

        return 0;
    }

    public Oklab ColorAt(double x, double y) => Layers[Hit(x, y)].Color(x, y);

    /// <summary>The highest land silhouette at x (the sky's lower edge).</summary>
    public double LandTop(double x)
    {
        double t = H;
        for (int i = 1; i < Layers.Count; i++)
        {
            t = Math.Min(t, Layers[i].TopAt(x));
        }

        return t;
    }

    /// <summary>Axial stroke direction (radians, modulo π) at a point of a layer.</summary>
    public double Angle(int layerIndex, double x, double y) =>
        Angle(layerIndex, x, y, Noise.Sample(((float)(x / H) * 6f) + 40f, ((float)(y / H) * 6f) + 11f));

    /// <summary>The noise coordinates of the direction wobble at (x, y) (for batch evaluation).</summary>
    public (float U, float V) WobbleAt(double x, double y) => (((float)(x / H) * 6f) + 40f, ((float)(y / H) * 6f) + 11f);

    /// <summary><see cref="Angle(int, double, double)"/> with the wobble noise n already sampled at <see cref="WobbleAt"/>.</summary>
    public double Angle(int layerIndex, double x, double y, float n)
    {
        var layer = Layers[layerIndex];
        double wobble = 0.22 * n;
        switch (layer.Flow)
        {
            case Flow.Sky:
                return SkyAngle(x, y) + (wobble * 0.6);
            case Flow.Ridge:
            {
                double d = y - layer.TopAt(x);
                double w = Math.Exp(-d / (0.035 * H));
                double s = layer.SlopeAt(x);
                // Along the crest near the top, steeper (down the fall line) lower on the face.
                return Math.Atan(s * (w + ((1 - w) * 2.8))) + wobble;
            }

            case Flow.Dune:
            {
                double d = y - layer.TopAt(x);
                return Math.Atan(layer.SlopeAt(x - (d * 0.8)) * 0.8) + (wobble * 0.5);
            }

            case Flow.Rolling:
            {
                double d = y - layer.TopAt(x);
                double w = Math.Exp(-d / (0.05 * H));
                return (Math.Atan(layer.SlopeAt(x)) * w) + wobble;
            }

            default:
                return wobble * 0.7;
        }
    }

    private double SkyAngle(double x, double y)
    {
        double ang = 0.05 * Math.Sin(x / H * 5);
        if (Light.Time != TimeOfDay.Night)
        {
            return ang;
        }

        // Van Gogh option: swirl round the moon and the brightest stars.
        double vx = Math.Cos(ang), vy = Math.Sin(ang);
        void Swirl(double cx, double cy, double reach, double k)
        {
            double dx = x - cx, dy = y - cy;
            double d = Math.Sqrt((dx * dx) + (dy * dy)) + 1e-9;
            double w = k * Math.Exp(-d / reach);
            vx += -dy / d * w;
            vy += dx / d * w;
        }

        if (Moon is { } m)
        {
            Swirl(m.X, m.Y, m.R * 5, 3);
        }

        foreach (var s in BrightStars)
        {
            Swirl(s.X, s.Y, 0.05 * H, 1.6);
        }

        return Math.Atan2(vy, vx);
    }

    /// <summary>The sky colour: OKLab stops from zenith to horizon, sun glow, clouds, Milky Way at night.</summary>
    public Oklab SkyColor(double x, double y)
    {
        var L = Light;
        double t = Math.Clamp(y / HorizonY, 0, 1.2);
        Oklab c = t < 0.55 ? Colour.Mix(L.SkyTop, L.SkyMid, t / 0.55)
            : t < 0.85 ? Colour.Mix(L.SkyMid, L.HorizonHigh, (t - 0.55) / 0.3)
            : Colour.Mix(L.HorizonHigh, L.Horizon, (t - 0.85) / 0.15);
        float u = (float)(x / H), v = (float)(y / H);
        if (L.Time == TimeOfDay.Night)
        {
            c = MilkyWay(c, x, y, u, v);
        }
        else
        {
            // Domain-warped clouds, thinning toward the horizon glow.
            float cl = Fractal.Warped(Noise, (u * 1.6f) + 3.1f, (v * 4.2f) + 7.7f, new FractalSettings(4), 1.6f);
            double cover = Colour.Smooth(0.08, 0.35, cl) * (1 - Colour.Smooth(0.6, 0.95, t)) * 0.85;
            var cloud = L.Time switch
            {
                TimeOfDay.Day => Colour.Hex("#F4F6F8"),
                TimeOfDay.Dawn => Colour.Mix(Colour.Hex("#F6C8C0"), L.SkyMid, 0.25 + (0.4 * (1 - t))),
                _ => Colour.Mix(Colour.Hex("#F08A5A"), L.SkyTop, 0.45 * (1 - t)),
            };
            var shade = Colour.Shade(cloud, 0.82 + (0.18 * Colour.Smooth(0.2, 0.6, cl)));
            c = Colour.Mix(c, shade, cover);
        }

        if (Sun is { } s)
        {
            double d = Math.Sqrt(((x - s.X) * (x - s.X)) + ((y - s.Y) * (y - s.Y)));
            c = Colour.Mix(c, L.Sun, L.Glow * Math.Exp(-d / (0.15 * W)));
        }

        if (Moon is { } m)
        {
            double d = Math.Sqrt(((x - m.X) * (x - m.X)) + ((y - m.Y) * (y - m.Y)));
            c = Colour.Mix(c, Colour.Hex("#3A4A78"), 0.55 * Math.Exp(-d / (m.R * 4)));
        }

        return c;
    }

    /// <summary>The Milky Way's band profile at (x, y): 1 on its centre line (a tilted, bowed great-circle arc),
    /// Gaussian across.</summary>
    public double MilkyBand(double x, double y)
    {
        double ax = W * 0.1, ay = HorizonY * 0.95, bx = W * 0.95, by = -HorizonY * 0.05;
        double nx = -(by - ay), ny = bx - ax;
        double nl = Math.Sqrt((nx * nx) + (ny * ny));
        double bow = 0.12 * H * Math.Sin(Math.PI * Math.Clamp((x - ax) / (bx - ax), 0, 1));
        double d = ((((x - ax) * nx) + ((y - ay) * ny)) / nl) + bow;
        return Math.Exp(-(d * d) / (2 * (0.075 * H) * (0.075 * H)));
    }

    private Oklab MilkyWay(Oklab c, double x, double y, float u, float v)
    {
        // A band along a tilted great-circle arc, structure from warped fBm, dark lanes from ridged noise.
        double band = MilkyBand(x, y);
        float dens = Fractal.Warped(Noise, (u * 3f) + 50f, (v * 3f) + 20f, new FractalSettings(4), 1.2f);
        float lanes = Fractal.Ridged(Noise, (u * 5f) + 90f, (v * 5f) + 30f, new FractalSettings(3));
        double glow = band * Math.Clamp(0.55 + (1.2 * dens) - (0.9 * Colour.Smooth(0.55, 0.8, lanes)), 0, 1.2);
        var mw = Palette.Has("milky_way") ? Oklab.FromSrgb(Palette["milky_way"]) : Colour.Hex("#6F7BA8");
        return Colour.Mix(c, Colour.Lighten(mw, 0.08), glow * 0.75);
    }
}
