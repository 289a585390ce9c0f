using Ornament.Generators.Noise;
using Ornament.Paint;

namespace Ornament.Generators.Landscape;

/// <summary>Builds the <see cref="World"/> of a scene kind: horizon, silhouettes from noise, colour functions.</summary>
internal static class WorldBuilder
{
    private const int ProfileSamples = 1025;

    public static TimeOfDay NaturalTime(SceneKind kind) => kind switch
    {
        SceneKind.Steppe => TimeOfDay.Dawn,
        SceneKind.Desert => TimeOfDay.Golden,
        SceneKind.Night => TimeOfDay.Night,
        _ => TimeOfDay.Day,
    };

    public static string DefaultPalette(SceneKind kind) => kind switch
    {
        SceneKind.Steppe => "steppe-dawn",
        SceneKind.Desert => "desert-gold-sunset",
        SceneKind.Night => "starry-desert-night",
        _ => "almaty-spring-tianshan",
    };

    public static World Build(LandscapeOptions o)
    {
        var time = o.Time ?? NaturalTime(o.Scene);
        var palette = o.Palette ?? PaletteRegistry.Resolve(DefaultPalette(o.Scene));
        if (o.Vibrant)
        {
            palette = palette.Map(c => { var k = Oklab.FromSrgb(c); return new Oklab(k.L, k.A * 1.2, k.B * 1.2).ToSrgb(); });
        }

        var seed = o.Seed;
        var rng = seed.Random("design");
        double h = o.Horizon ?? o.Scene switch
        {
            SceneKind.Mountains => rng.Range(0.30, 0.40),
            SceneKind.Steppe => rng.Range(0.20, 0.30),
            SceneKind.Desert => rng.Range(0.45, 0.55),
            _ => rng.Range(0.15, 0.25),
        };
        const double H = 1000;
        double W = H * o.Aspect;
        var light = Light.For(time, o.Palette, seed.Random("light"));
        var world = new World
        {
            W = W, H = H, HorizonY = H * (1 - h), HorizonFraction = h, Light = light, Kind = o.Scene, Palette = palette,
            Seed = seed, Noise = GradientNoise.From(seed.Child("noise")), Tulips = o.Tulips ?? time != TimeOfDay.Night, Gradients = o.Gradients,
            TulipPatches = (o.Tulips ?? time != TimeOfDay.Night) && o.Style != RenderStyle.Photographic,
        };
        var sky = new Layer("sky", 1, 0, new float[ProfileSamples], W, Flow.Sky);
        sky.Color = world.SkyColor;
        world.Layers.Add(sky);
        PlaceLights(world, seed.Random("lights"), Math.Clamp(o.Stars ?? 900, 0, 5000), o.Moon ?? true);
        switch (o.Scene)
        {
            case SceneKind.Mountains: Mountains(world); break;
            case SceneKind.Desert: Desert(world); break;
            default: Steppe(world, o.Scene == SceneKind.Night); break;
        }

        if (o.Scene == SceneKind.Desert)
        {
            LiftSun(world);
        }

        return world;
    }

    private static void PlaceLights(World w, SeededRandom rng, int stars, bool moon)
    {
        var L = w.Light;
        double x = L.SunX * w.W, y = w.HorizonY - (L.SunElevation * w.H);
        if (L.Time == TimeOfDay.Night)
        {
            if (moon)
            {
                w.Moon = (x, Math.Max(w.H * 0.12, y - (w.H * 0.2)), w.H * 0.045);
            }

            Stars(w, rng, stars);
        }
        else
        {
            double r = w.H * (L.Time == TimeOfDay.Day ? 0.035 : 0.05);
            w.Sun = (x, y, r);
        }
    }

    /// <summary>The desert's focal point is the low sun over the dunes: lift it until its whole disc (and the heart
    /// of its glow) clears the land silhouette under it, however high the dune crests or rocks stand there.</summary>
    private static void LiftSun(World w)
    {
        if (w.Sun is not { } s)
        {
            return;
        }

        double land = double.MaxValue;
        for (int i = -8; i <= 8; i++)
        {
            land = Math.Min(land, w.LandTop(s.X + (s.R * 1.6 * i / 8)));
        }

        w.Sun = (s.X, Math.Min(s.Y, land - (s.R * 1.25)), s.R);
    }

    /// <summary>Stars in scene units (so every output size shows the same sky): uniform over the sky but thinned
    /// away from the Milky Way, so they cluster along its band; magnitudes 0–6 with counts growing ×3 per magnitude (a
    /// few bright, many faint), brightness ∝ 10^(−0.4 m), colour from a temperature ramp.</summary>
    private static void Stars(World w, SeededRandom rng, int count)
    {
        var blue = Colour.Hex("#BFD4FF");
        var white = Colour.Hex("#F5F3E8");
        var warm = Colour.Hex("#FFD8A8");
        double top = w.HorizonY - (w.H * 0.02);
        for (int made = 0, tries = 0; made < count && tries < count * 20; tries++)
        {
            double x = rng.Range(0, w.W), y = rng.Range(0, top);
            // Acceptance 0.2 far from the band, 1 on it: about half the stars lie in the band.
            if (!rng.Chance(0.2 + (0.8 * w.MilkyBand(x, y))))
            {
                continue;
            }

            // P(mag ≤ M) ∝ 3^M − 1: each magnitude holds three times the stars of the one brighter (inverse CDF).
            double mag = Math.Log((rng.NextDouble() * (Math.Pow(3, 6) - 1)) + 1) / Math.Log(3); // 0 brightest … 6 faint
            double b = Math.Pow(10, -0.4 * mag);
            double temp = rng.NextDouble();
            var c = temp < 0.3 ? Colour.Mix(blue, white, temp / 0.3) : Colour.Mix(white, warm, (temp - 0.3) / 0.7);
            w.Stars.Add(new Star(x, y, w.H * (0.0007 + (0.004 * Math.Sqrt(b))), b, c));
            made++;
        }
    }

    private static float[] Profile(World w, string label, Func<float, float> f)
    {
        var top = new float[ProfileSamples];
        for (int i = 0; i < top.Length; i++)
        {
            top[i] = f((float)(i * (w.W / (ProfileSamples - 1)) / w.H));
        }

        return top;
    }

    private static float[] RidgedProfile(World w, string label, double baseY, double amp, float freq, double focus)
    {
        var n = GradientNoise.From(w.Seed.Child(label));
        var xs = new float[ProfileSamples];
        var ys = new float[ProfileSamples];
        var r = new float[ProfileSamples];
        for (int i = 0; i < xs.Length; i++)
        {
            xs[i] = (float)(i * (w.W / (ProfileSamples - 1)) / w.H) * freq;
            ys[i] = 0.5f;
        }

        Fractal.Ridged(n, xs, ys, r, new FractalSettings(6, 2.1f, 0.5f, 1f));
        var top = new float[ProfileSamples];
        for (int i = 0; i < top.Length; i++)
        {
            double u = i / (double)(ProfileSamples - 1);
            double env = 0.55 + (0.45 * Math.Exp(-Math.Pow((u - focus) / 0.28, 2)));
            // The highest summits are compressed, not cut off: a hard ceiling flattened them into table tops.
            double v = Math.Max(0, (r[i] - 0.12) / 0.55);
            if (v > 0.9)
            {
                v = 0.9 + (0.4 * (1 - Math.Exp(-(v - 0.9) / 0.4)));
            }
            top[i] = (float)(baseY - (amp * env * v));
        }

        return top;
    }

    private static double Fbm01(GradientNoise n, double u, double v, int oct = 4) =>
        (Fractal.Fbm(n, (float)u, (float)v, new FractalSettings(oct)) + 1) * 0.5;

    private static Oklab P(World w, string role, string fallback) =>
        w.Palette.Has(role) ? Oklab.FromSrgb(w.Palette[role]) : Colour.Hex(fallback);

    private static double SunSide(World w, double x) => (w.Sun?.X ?? w.Moon?.X ?? w.W * 0.7) > x ? 1 : -1;

    private static void Mountains(World w)
    {
        double H = w.H, hy = w.HorizonY;
        var L = w.Light;
        var n = w.Noise;
        double focus = w.Seed.Random("focus").Range(0.3, 0.7);
        var rock = P(w, "far", "#6F7F95");
        var snow = P(w, "snow", "#F4F7FA");
        var snowShadow = P(w, "snow_shadow", "#A9BED6");
        var spruce = P(w, "mid", "#2F4A3A");
        var meadow = P(w, "meadow", "#7DA453");
        var blossom = P(w, "blossom", "#F3D6DC");
        var tulip = P(w, "accent", "#D7263D");

        var far = new Layer("far", 1, 0.5, RidgedProfile(w, "far", hy - (0.06 * H), 0.36 * H, 2.4f, focus), w.W, Flow.Ridge);
        far.Color = (x, y) =>
        {
            float u = (float)(x / H), v = (float)(y / H);
            double hn = (hy - y) / (0.36 * H);
            // The face's light follows the big form lower down: the crest's slope seen over a window that widens
            // with the depth below the crest, so the light does not run down the face in columns from every notch.
            double below = Math.Max(0, y - far.TopAt(x));
            double slope = far.SlopeOver(x, 0.45 * below);
            double lit = Math.Clamp(-slope * SunSide(w, x) * 1.6, -1, 1);
            // Couloirs: thin shaded gullies running down each flank along its fall line (slanted with the flank).
            double across = (u * 38.0) + (v * 19.0 * Math.Sign(slope));
            double gully = Colour.Smooth(0.55, 0.85, Fractal.Ridged(n, (float)across + 13f, (v * 5f) + 31f, new FractalSettings(3))) * Colour.Smooth(0.01 * H, 0.05 * H, below);
            // Rock facets and couloirs: fine 2D structure (never columns) for the brush to follow down the faces.
            double facets = Fractal.Fbm(n, (u * 9f) + 5f, v * 14f, new FractalSettings(6));
            double snowLine = 0.38 + (0.16 * Fractal.Fbm(n, (u * 7f) + 2f, (v * 3f) + 9f, new FractalSettings(4))) + (0.08 * lit);
            double sn = Colour.Smooth(snowLine - 0.03, snowLine + 0.03, hn + (0.08 * facets));
            var r = Colour.Shade(rock, 0.9 + (0.18 * lit) + (0.18 * facets) - (0.16 * gully));
            double sunny = Colour.Smooth(-0.04, 0.04, lit + (0.6 * facets));
            var s = Colour.Mix(snowShadow, Colour.Mix(snowShadow, snow, 0.35 + (0.65 * Math.Clamp(lit + 0.5, 0, 1))), sunny * (1 - (0.6 * gully)));
            var c = L.Land(Colour.Mix(r, s, sn));
            // Snow keeps its light through the haze: bright and lit, bluish in shade, not the grey of a far rock.
            return Colour.Aerial(c, L.Haze, far.Haze * (1 - (0.55 * sn)));
        };

        var mid = new Layer("mid", 0.6, 0.28, RidgedProfile(w, "mid", hy + (0.015 * H), 0.17 * H, 3.1f, 1 - focus), w.W, Flow.Ridge);
        mid.Color = (x, y) =>
        {
            float u = (float)(x / H), v = (float)(y / H);
            double d = (y - mid.TopAt(x)) / H;
            double lit = Math.Clamp(-mid.SlopeAt(x) * SunSide(w, x) * 1.5, -1, 1);
            // Spruce: dark vertical streaks (pyramidal crowns) below a rock/alpine-meadow rim.
            double trees = Fractal.Fbm(n, u * 70f, v * 9f, new FractalSettings(3));
            double rim = Colour.Smooth(0.025, 0.005, d) * Colour.Smooth(0.0, 0.1, (hy - mid.TopAt(x)) / H);
            var sp = Colour.Shade(spruce, 0.85 + (0.35 * trees) + (0.15 * lit));
            var alpine = Colour.Mix(Colour.Shade(rock, 1.05 + (0.1 * lit)), meadow, 0.35);
            var c = L.Land(Colour.Mix(sp, alpine, rim));
            return Colour.Aerial(c, L.Haze, mid.Haze);
        };

        var hn0 = GradientNoise.From(w.Seed.Child("hills"));
        var hills = new Layer("hills", 0.3, 0.1, Profile(w, "hills", u => (float)(hy + (0.07 * H) - (0.07 * H * Fbm01(hn0, u * 2.2, 0.3)))), w.W, Flow.Rolling);
        hills.Color = (x, y) =>
        {
            float u = (float)(x / H), v = (float)(y / H);
            // Orchards in blossom: small pink clumps in loose rows (wider than tall), not pale sheets that a brush
            // turns into snow patches; the trees under the blossom darken the meadow around each clump.
            double b = Fractal.Fbm(n, (u * 30f) + 31f, (v * 60f) + 3f, new FractalSettings(3));
            double lit = Math.Clamp(-hills.SlopeAt(x) * SunSide(w, x) * 3, -1, 1);
            var g = Colour.Shade(Colour.Mix(meadow, spruce, 0.3 + (0.3 * Fractal.Fbm(n, u * 4f, v * 4f + 60f, new FractalSettings(3)))), 0.95 + (0.12 * lit));
            g = Colour.Mix(g, spruce, Colour.Smooth(0.05, 0.2, b) * 0.35);
            var c = Colour.Mix(g, Colour.Mix(blossom, Colour.Hex("#E58FAA"), 0.3), Colour.Smooth(0.22, 0.34, b) * 0.8);
            return Colour.Aerial(L.Land(c), L.Haze, hills.Haze);
        };

        var pn = GradientNoise.From(w.Seed.Child("plain"));
        var plain = new Layer("plain", 0.1, 0.0, Profile(w, "plain", u => (float)(hy + (0.17 * H) - (0.03 * H * Fbm01(pn, u * 1.5, 0.7)))), w.W, Flow.Ground);
        plain.Color = (x, y) =>
        {
            float u = (float)(x / H), v = (float)(y / H);
            double depth = Math.Clamp((y - plain.TopAt(x)) / (H - plain.TopAt(x)), 0, 1);
            double t = Fractal.Fbm(n, (u * 30f) + 7f, (v * 30f) + 70f, new FractalSettings(2));
            var g = Colour.Shade(Colour.Mix(meadow, Colour.Hex("#C9B65A"), 0.25 + (0.25 * t)), 1.05 - (0.2 * depth));
            var c = w.TulipPatches ? Colour.Mix(g, tulip, Colour.Smooth(0.44 - (0.06 * depth), 0.5 - (0.06 * depth), t) * 0.95) : g;
            return L.Land(c);
        };
        w.Layers.AddRange([far, mid, hills, plain]);
    }

    private static void Steppe(World w, bool night)
    {
        double H = w.H, hy = w.HorizonY;
        var L = w.Light;
        var n = w.Noise;
        var farC = night ? Colour.Mix(P(w, "ground", "#1A1A26"), P(w, "horizon", "#23304F"), 0.6) : P(w, "far", "#8E8AA6");
        var grass = night ? Colour.Hex("#6B6A4A") : P(w, "mid", "#C9A66B");
        var nearC = night ? Colour.Hex("#4A4E3A") : P(w, "near", "#7E7343");
        var tulip = night ? Colour.Hex("#6A2A2A") : P(w, "accent", "#C0392B");
        var hn = GradientNoise.From(w.Seed.Child("far"));
        var far = new Layer("far", 1, 0.55, Profile(w, "far", u => (float)(hy - (0.045 * H * Math.Pow(Fbm01(hn, u * 1.3, 0.2), 2.2)))), w.W, Flow.Rolling);
        far.Color = (x, y) =>
        {
            float u = (float)(x / H), v = (float)(y / H);
            double t = Fractal.Fbm(n, u * 8f, v * 8f + 20f, new FractalSettings(3));
            return Colour.Aerial(L.Land(Colour.Shade(farC, 1 + (0.08 * t))), L.Haze, far.Haze);
        };

        var mn = GradientNoise.From(w.Seed.Child("mid"));
        var mid = new Layer("mid", 0.5, 0.22, Profile(w, "mid", u => (float)(hy + (0.004 * H) - (0.02 * H * Fbm01(mn, u * 2.5, 0.4)))), w.W, Flow.Rolling);
        mid.Color = (x, y) =>
        {
            float u = (float)(x / H), v = (float)(y / H);
            double d = Math.Clamp((y - hy) / (H - hy), 0, 1);
            double bands = Fractal.Fbm(n, u * 2.5f, (v * 24f) + 5f, new FractalSettings(3));
            var c = Colour.Shade(Colour.Mix(grass, nearC, 0.2 + (0.35 * bands) + (0.3 * d)), 1.0 + (0.1 * bands));
            return Colour.Aerial(L.Land(c), L.Haze, mid.Haze * (1 - d));
        };

        var nn = GradientNoise.From(w.Seed.Child("near"));
        double nearTop = hy + (0.38 * (H - hy));
        var near = new Layer("near", 0.1, 0, Profile(w, "near", u => (float)(nearTop - (0.05 * H * Fbm01(nn, u * 1.8, 0.9)))), w.W, Flow.Ground);
        near.Color = (x, y) =>
        {
            float u = (float)(x / H), v = (float)(y / H);
            double d = Math.Clamp((y - nearTop) / (H - nearTop), 0, 1);
            double t = Fractal.Fbm(n, (u * 18f) + 13f, (v * 10f) + 40f, new FractalSettings(3));
            var c = Colour.Shade(Colour.Mix(nearC, grass, 0.35 + (0.4 * t)), 1.05 - (0.25 * d));
            double tul = Fractal.Fbm(n, (u * 40f) + 3f, (v * 40f) + 9f, new FractalSettings(2));
            c = w.TulipPatches ? Colour.Mix(c, tulip, Colour.Smooth(0.46 - (0.06 * d), 0.52 - (0.06 * d), tul) * 0.9) : c;
            return L.Land(c);
        };
        w.Layers.AddRange([far, mid, near]);
    }

    /// <summary>Dune height 0…1, whether x lies on a slip face, and how far across that face (0 at the crest, 1 at
    /// the foot): gentle windward rise, sharp crest, steep lee whose share of each dune varies from dune to dune.</summary>
    internal static (double Height, bool Slip, double Across) Dune(GradientNoise n, double u, double freq)
    {
        double p = (u * freq) + (0.35 * Fractal.Fbm(n, (float)(u * 0.8), 3.3f, new FractalSettings(3)));
        double cell = Math.Floor(p);
        double f = p - cell;
        double c = 0.68 + (0.22 * ((n.Sample((float)cell * 0.61f, 4.7f) + 1) * 0.5));
        double amp = 0.55 + (0.45 * ((n.Sample((float)cell * 0.37f, 9.1f) + 1) * 0.5));
        return f < c ? (amp * (1 - Math.Cos(Math.PI * f / c)) * 0.5, false, 0) : (amp * (1 - ((f - c) / (1 - c))), true, (f - c) / (1 - c));
    }

    private static void Desert(World w)
    {
        double H = w.H, hy = w.HorizonY;
        var L = w.Light;
        var n = w.Noise;
        var rockC = P(w, "accent", "#A8452D");
        var farDune = P(w, "far", "#C98A5A");
        var lit = P(w, "mid", "#E0A24F");
        var shadow = P(w, "near", "#7A3E2E");
        // The sky colour a shadow takes: violet at sunset and dawn, blue by day.
        var shadowSky = L.Time == TimeOfDay.Day ? Colour.Hex("#6F7FB0") : Colour.Hex("#8A68B0");
        var cn = GradientNoise.From(w.Seed.Child("canyon"));
        // Charyn-like mesas: terraced fBm gives flat tops and steep walls. The rocks stand on the side away from the
        // sun and fall to the plain under it, so the sun sets over open dunes and the red walls take its light.
        double sunU = (w.Sun?.X ?? w.W * 0.5) / H;
        double aspect = w.W / H;
        var far = new Layer("far", 1, 0.24, Profile(w, "far", u =>
        {
            double f = Fbm01(cn, u * 1.6, 0.5);
            double steps = Math.Floor(f * 5), fr = (f * 5) - steps;
            double terr = (steps + Colour.Smooth(0.7, 0.95, fr)) / 5;
            double open = Colour.Smooth(0.1 * aspect, 0.32 * aspect, Math.Abs(u - sunU));
            return (float)(hy - (0.2 * H * Math.Max(0, terr - 0.1) * open));
        }), w.W, Flow.Ridge);
        far.Color = (x, y) =>
        {
            float u = (float)(x / H), v = (float)(y / H);
            double strata = Math.Sin((y / H * 160) + (3 * Fractal.Fbm(n, u * 3f, v * 3f, new FractalSettings(3))));
            // Walls facing the low sun take its light: a slope rising away from the sun faces it (the dunes' windward
            // rule). Measured over a short span so the light does not switch in one pixel column under a peak, and
            // fading below the rim: the slope of the skyline says nothing about the wall far under it (without the
            // fade, a short down-slope shaded the whole column as a vertical band).
            double rim = Colour.Smooth(0.07 * H, 0, y - far.TopAt(x));
            double litF = rim * Math.Clamp(far.SlopeOver(x, 0.012 * H) * SunSide(w, x) * 1.2, -1, 1);
            var c = Colour.Chroma(Colour.Shade(Colour.Mix(rockC, Colour.Hex("#B0402A"), 0.4), 1 + (0.08 * strata) + (0.15 * litF)), 1.2);
            return Colour.Aerial(L.Land(c), L.Haze, far.Haze);
        };

        Layer DuneLayer(string name, double depth, double haze, double baseY, double amp, double freq, double ripple)
        {
            var dn = GradientNoise.From(w.Seed.Child(name));
            Layer layer = null!;
            layer = new Layer(name, depth, haze, Profile(w, name, u => (float)(baseY - (amp * Dune(dn, u, freq).Height))), w.W, Flow.Dune) { DuneFrequency = freq };
            layer.Color = (x, y) =>
            {
                double d = y - layer.TopAt(x);
                float fu = (float)(x / H), fv = (float)(y / H);
                // Rows of dunes recede behind the crest: the face below the silhouette is cut into perspective rows
                // (narrow near the top, wider lower down), each its own dune line with its own phase and sway. A slip
                // face shades a wedge under its crest that narrows toward the row's foot, so the shadows are uneven
                // wedges, not parallel bands.
                double t = Math.Clamp(d / Math.Max(1, H - layer.TopAt(x)), 0, 1);
                double z = Math.Pow(t, 0.75) * 3.2;
                int row = (int)z;
                double fz = z - row;
                double sway = 0.04 * H * Fractal.Fbm(n, (fu * 2.5f) + 8f, (fv * 7f) + 1f, new FractalSettings(3));
                double phase = row == 0 ? 0 : (dn.Sample(row * 1.7f, 2.3f) + 1) * 2.1;
                double u = ((x - (d * 0.9 * (row == 0 ? 1 : 0.5)) + (row == 0 ? 0 : sway)) / H) + phase;
                var (_, slip0, across) = Dune(dn, u, freq * (row == 0 ? 1 : 1 + (0.15 * row)));
                bool slip = slip0 && (row == 0 || fz < 1 - (0.45 * across));
                bool isLit = !slip; // the broad windward faces take the low sun; slip faces fall into rust shadow
                // Windward ripples: a sine of a domain-warped coordinate, its wavelength and strength drifting.
                float warp = Fractal.Warped(n, fu * 4f, fv * 9f, new FractalSettings(2), 0.8f);
                double rp = isLit ? ripple * (0.6 + (0.4 * warp)) * Math.Sin((x * (0.1 + (0.04 * warp))) + (y * 0.55) + (7 * warp)) : 0;
                double tone = Fractal.Fbm(n, (fu * 3f) + 70f, (fv * 3f) + 10f, new FractalSettings(3));
                double glow = Colour.Smooth(0, 0.35 * H, -d + (0.35 * H)); // brightest just under the crest
                if (isLit)
                {
                    var c = Colour.Chroma(Colour.Shade(lit, 1.06 + rp + (0.06 * tone) + (0.06 * glow)), 1.15);
                    return Colour.Aerial(L.Land(Colour.Mix(c, farDune, depth * 0.35)), L.Haze, haze);
                }

                // A slip face is the same sand in shadow, lit only by the cool sky: the dune colour darkened and
                // pulled toward violet (a touch of the palette's shadow role for its hue), deepest just under the
                // crest and lifted toward the foot by light bounced off the lit sand. No warm sun tint: that is
                // what turned it to mud.
                var sc = Colour.Mix(Colour.Shade(lit, 0.74 + (0.06 * tone) + (0.12 * across * across)), shadowSky, 0.6);
                sc = Colour.Mix(Colour.Mix(sc, shadow, 0.06), farDune, depth * 0.35);
                sc = L.Time is TimeOfDay.Golden or TimeOfDay.Dawn or TimeOfDay.Day ? Colour.Shade(sc, 0.92) : L.Land(sc);
                return Colour.Aerial(sc, L.Haze, haze);
            };
            return layer;
        }

        var mid = DuneLayer("mid", 0.55, 0.22, hy + (0.05 * H), 0.09 * H, 3.2, 0.04);
        var near = DuneLayer("near", 0.15, 0.0, hy + (0.3 * H), 0.2 * H, 1.7, 0.07);
        w.Layers.AddRange([far, mid, near]);
    }
}
