using Ornament.Generators.Noise;
using Ornament.Geometry;
using Ornament.Paint;

namespace Ornament.Generators.Landscape;

/// <summary>The photographic dune field: below a dune layer's silhouette, rows of dunes receding toward the horizon,
/// each with its shadowed slip faces and wind ripples on its lit windward slopes.</summary>
/// <remarks>Why: a dune layer drawn as one vertical ramp under its crest line left the sand in front of the first
/// crest a flat orange plain. Photographs of Altyn-Emel read by the rhythm of crests one behind another, growing
/// larger and further apart toward the viewer, the dark lee face under each crest and the fine ripples that follow
/// the slope. Every measure is a fraction of the height and every profile has a fixed number of samples, so the dune
/// field is the same picture at every size.</remarks>
internal static class SmoothDunes
{
    /// <summary>Profile samples across the width of one row.</summary>
    private const int Samples = 480;

    public static void Paint(SceneBuilder sb, World w, int li)
    {
        var layer = w.Layers[li];
        double H = w.H;
        // The rows fill the part of the layer that stays visible: down to the deepest trough of the layer in front.
        double troughs = MaxTop(layer);
        double bottom = li + 1 < w.Layers.Count ? MaxTop(w.Layers[li + 1]) : H;
        if (bottom - troughs < 0.03 * H || layer.DuneFrequency <= 0)
        {
            return;
        }

        int rows = bottom - troughs > 0.15 * H ? 2 : 1;
        var rng = w.Seed.Random("smooth-dunes-" + layer.Name);
        double prev = troughs;
        for (int k = 1; k <= rows; k++)
        {
            // Perspective: the rows' feet spread evenly down to the bottom of the visible sand, the nearest row's at
            // the picture's edge; each row rises over the foot of the one behind it, the nearer the taller (but the
            // first stays under the layer's own troughs, so the silhouette is never crossed).
            double baseY = troughs + ((bottom - troughs) * k / rows);
            double amp = (baseY - prev) * (k == 1 ? 0.85 : 1.45);
            prev = baseY;
            double freq = layer.DuneFrequency / (1 + (0.45 * k));
            var noise = GradientNoise.From(w.Seed.Child(layer.Name + "-dune-row-" + k.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            double phase = rng.Range(0, 10);
            var row = Profile(w, noise, baseY, amp, freq, phase);
            var (lit, dim, shade) = Tones(w, layer, baseY - (0.5 * amp));
            double near = (double)k / rows;
            Body(sb, w, row, baseY - amp, baseY, lit, dim);
            Ripples(sb, w, row, amp, near, lit, shade, rng);
            Faces(sb, w, row, amp, shade);
        }
    }

    /// <summary>One row's crest line: x, y, whether the point lies on a slip face and how far across it.</summary>
    private static (double X, double Y, bool Slip, double Across)[] Profile(World w, GradientNoise noise, double baseY, double amp, double freq, double phase)
    {
        var p = new (double, double, bool, double)[Samples + 1];
        for (int i = 0; i <= Samples; i++)
        {
            double x = w.W * i / Samples;
            var (h, slip, across) = WorldBuilder.Dune(noise, (x / w.H) + phase, freq);
            p[i] = (x, baseY - (amp * h), slip, across);
        }

        return p;
    }

    /// <summary>The row's sand, from the lit colour under its crests to a duller one toward its foot, down to the
    /// bottom of the picture (the next row covers the rest).</summary>
    private static void Body(SceneBuilder sb, World w, (double X, double Y, bool Slip, double Across)[] row, double top, double foot, Oklab lit, Oklab dim)
    {
        var pb = new PathBuilder().MoveTo(row[0].X, row[0].Y);
        for (int i = 1; i < row.Length; i++)
        {
            pb.LineTo(row[i].X, row[i].Y);
        }

        pb.LineTo(w.W, w.H + 1).LineTo(0, w.H + 1).Close();
        sb.Fill(pb.Build(), new LinearGradient(new Vec2(0, top), new Vec2(0, foot),
            [new GradientStop(0, Colour.Lighten(lit, 0.03).ToSrgb()), new GradientStop(0.45, lit.ToSrgb()), new GradientStop(1, dim.ToSrgb())]));
    }

    /// <summary>Each slip face: the lee slope in the cool shadow, seen slantwise — a band from the brink down past the
    /// face's foot, darkest under the brink and fading into the sand below.</summary>
    private static void Faces(SceneBuilder sb, World w, (double X, double Y, bool Slip, double Across)[] row, double amp, Oklab shade)
    {
        int i = 1;
        while (i < row.Length)
        {
            if (!row[i].Slip || row[i - 1].Slip)
            {
                i++;
                continue;
            }

            int a = i - 1; // the brink
            while (i < row.Length && row[i].Slip)
            {
                i++;
            }

            int b = Math.Min(i, row.Length - 1); // the foot
            double xa = row[a].X, ya = row[a].Y, xb = row[b].X, yb = row[b].Y;
            double drop = 0.55 * amp;
            var pb = new PathBuilder().MoveTo(xa, ya);
            for (int k = a + 1; k <= b; k++)
            {
                pb.LineTo(row[k].X, row[k].Y);
            }

            // The face's lower edge runs back under the brink: the shadow is widest at the foot of the slope.
            pb.LineTo(xb + (0.15 * (xb - xa)), yb + drop).LineTo(xa + (0.35 * (xb - xa)), ya + (1.4 * drop)).Close();
            sb.Fill(pb.Build(), new LinearGradient(new Vec2(xa, ya), new Vec2(xa + (0.2 * (xb - xa)), ya + (1.6 * drop)),
                [new GradientStop(0, shade.ToSrgb(235)), new GradientStop(0.55, shade.ToSrgb(190)), new GradientStop(1, shade.ToSrgb(0))]));
        }
    }

    /// <summary>Wind ripples on the windward slopes: fine lines parallel to the crest, closer together under it and
    /// further apart and bolder on the nearer rows, fading out at both ends.</summary>
    private static void Ripples(SceneBuilder sb, World w, (double X, double Y, bool Slip, double Across)[] row, double amp, double near, Oklab lit, Oklab shade, SeededRandom rng)
    {
        int i = 0;
        while (i < row.Length)
        {
            if (row[i].Slip)
            {
                i++;
                continue;
            }

            int a = i;
            while (i < row.Length && !row[i].Slip)
            {
                i++;
            }

            int b = i - 1; // a windward slope from its trough (a) to its crest (b)
            if (b - a < 6)
            {
                continue;
            }

            int lines = 5 + (int)(5 * near);
            double spacing = amp * (0.06 + (0.05 * near));
            double width = w.H * (0.0008 + (0.0012 * near));
            for (int j = 1; j <= lines; j++)
            {
                double off = spacing * j * (1 + (0.12 * j)) * rng.Range(0.85, 1.15);
                double wave = spacing * 0.25 * rng.Range(0.5, 1), wl = rng.Range(0.04, 0.08) * w.H, ph = rng.Range(0, 6.3);
                // Each line keeps to the slope below the crest: it starts a little way up from the trough and ends a
                // little short of the crest, more so for lines further down.
                int s = a + (int)((b - a) * rng.Range(0.05, 0.3));
                int e = b - (int)((b - a) * Math.Min(0.6, 0.04 * j * rng.Range(0.6, 1.4)));
                if (e - s < 4)
                {
                    continue;
                }

                // A ripple is a shadowed trough under a lit crest: a dark line and a light one just above it.
                byte alpha = (byte)(60 + (60 * near));
                Line(sb, row, s, e, off, wave, wl, ph, width, shade, alpha);
                Line(sb, row, s, e, off - (1.3 * width), wave, wl, ph, 0.8 * width, Colour.Lighten(lit, 0.07), (byte)(alpha * 0.7));
            }
        }
    }

    private static void Line(SceneBuilder sb, (double X, double Y, bool Slip, double Across)[] row, int s, int e, double off, double wave, double wl, double ph, double width, Oklab c, byte alpha)
    {
        var pb = new PathBuilder();
        for (int k = s; k <= e; k++)
        {
            double y = row[k].Y + off + (wave * Math.Sin((row[k].X / wl) + ph));
            if (k == s)
            {
                pb.MoveTo(row[k].X, y);
            }
            else
            {
                pb.LineTo(row[k].X, y);
            }
        }

        sb.Stroke(pb.Build(), new LinearGradient(new Vec2(row[s].X, 0), new Vec2(row[e].X, 0),
            [new GradientStop(0, c.ToSrgb(0)), new GradientStop(0.3, c.ToSrgb(alpha)), new GradientStop(0.75, c.ToSrgb(alpha)), new GradientStop(1, c.ToSrgb(0))]),
            new StrokeStyle(width, LineJoin.Round, LineCap.Round));
    }

    /// <summary>The layer's own colours at one height (its colour model carries the light, the haze and the
    /// palette): the lit sand, a duller sand toward a row's foot, and the shadow of its slip faces.</summary>
    private static (Oklab Lit, Oklab Dim, Oklab Shade) Tones(World w, Layer layer, double y)
    {
        var samples = new List<Oklab>(64);
        for (int i = 0; i < 64; i++)
        {
            double x = (i + 0.5) * w.W / 64;
            samples.Add(layer.Color(x, Math.Max(y, layer.TopAt(x) + 1)));
        }

        samples.Sort((p, q) => p.L.CompareTo(q.L));
        var lit = samples[(int)(0.8 * samples.Count)];
        var shade = samples[(int)(0.08 * samples.Count)];
        return (lit, Colour.Mix(Colour.Shade(lit, 0.84), shade, 0.3), Colour.Shade(shade, 0.95));
    }

    private static double MaxTop(Layer layer)
    {
        double max = double.MinValue;
        for (int i = 0; i < layer.Samples; i++)
        {
            max = Math.Max(max, layer.TopSample(i));
        }

        return max;
    }
}
