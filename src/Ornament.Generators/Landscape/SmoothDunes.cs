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

    /// <summary>One row of dunes: its crest line (x, y, whether the point lies on a slip face and how far across it),
    /// the foot and height of the row, how near it is (0…1, 1 the nearest) and the sand's lit, dim and shaded tones.</summary>
    internal sealed record Row((double X, double Y, bool Slip, double Across)[] Crest, double BaseY, double Amp, double Near, Oklab Lit, Oklab Dim, Oklab Shade);

    /// <summary>The rows of dunes below dune layer <paramref name="li"/>, the furthest first (none when the layer in
    /// front leaves too little of it visible).</summary>
    public static IReadOnlyList<Row> Rows(World w, int li)
    {
        var layer = w.Layers[li];
        double H = w.H;
        // The rows fill the part of the layer that stays visible: down to the deepest trough of the layer in front.
        double troughs = MaxTop(layer);
        double bottom = li + 1 < w.Layers.Count ? MaxTop(w.Layers[li + 1]) : H;
        var result = new List<Row>();
        if (bottom - troughs < 0.03 * H || layer.DuneFrequency <= 0)
        {
            return result;
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
            var (lit, dim, shade) = Tones(w, layer, baseY - (0.5 * amp));
            result.Add(new Row(Profile(w, noise, baseY, amp, freq, phase), baseY, amp, (double)k / rows, lit, dim, shade));
        }

        return result;
    }

    /// <summary>The photographic dune field: each row's sand body, its ripples and its shaded slip faces.</summary>
    public static void Paint(SceneBuilder sb, World w, int li)
    {
        var rng = w.Seed.Random("smooth-dunes-ripples-" + w.Layers[li].Name);
        foreach (var row in Rows(w, li))
        {
            Body(sb, w, row);
            Ripples(sb, w, row.Crest, row.Amp, row.Near, row.Lit, row.Shade, rng);
            foreach (var (face, from, to) in Faces(row))
            {
                sb.Fill(Polygon(face), new LinearGradient(from, to,
                    [new GradientStop(0, row.Shade.ToSrgb(235)), new GradientStop(0.55, row.Shade.ToSrgb(190)), new GradientStop(1, row.Shade.ToSrgb(0))]));
            }
        }
    }

    /// <summary>The row's sand down to the bottom of the picture, as a polygon (the next row covers the rest).</summary>
    public static Vec2[] Outline(World w, Row row)
    {
        var pts = new Vec2[row.Crest.Length + 2];
        for (int i = 0; i < row.Crest.Length; i++)
        {
            pts[i] = new Vec2(row.Crest[i].X, row.Crest[i].Y);
        }

        pts[^2] = new Vec2(w.W, w.H + 1);
        pts[^1] = new Vec2(0, w.H + 1);
        return pts;
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

    /// <summary>The row's sand, from the lit colour under its crests to a duller one toward its foot.</summary>
    private static void Body(SceneBuilder sb, World w, Row row)
    {
        double top = row.BaseY - row.Amp;
        sb.Fill(Polygon(Outline(w, row)), new LinearGradient(new Vec2(0, top), new Vec2(0, row.BaseY),
            [new GradientStop(0, Colour.Lighten(row.Lit, 0.03).ToSrgb()), new GradientStop(0.45, row.Lit.ToSrgb()), new GradientStop(1, row.Dim.ToSrgb())]));
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

    /// <summary>Each slip face of a row: the lee slope in shadow, seen slantwise — a band from the brink down past
    /// the face's foot, widest at the foot of the slope — with the direction its shadow fades along (from the brink
    /// into the sand below). <paramref name="depth"/> is how far the band reaches below the brink, as a fraction of the
    /// row's height.</summary>
    public static IEnumerable<(Vec2[] Face, Vec2 From, Vec2 To)> Faces(Row row, double depth = 0.55)
    {
        var crest = row.Crest;
        int i = 1;
        while (i < crest.Length)
        {
            if (!crest[i].Slip || crest[i - 1].Slip)
            {
                i++;
                continue;
            }

            int a = i - 1; // the brink
            while (i < crest.Length && crest[i].Slip)
            {
                i++;
            }

            int b = Math.Min(i, crest.Length - 1); // the foot
            double xa = crest[a].X, ya = crest[a].Y, xb = crest[b].X, yb = crest[b].Y;
            double drop = depth * row.Amp;
            var pts = new List<Vec2>(b - a + 3);
            for (int k = a; k <= b; k++)
            {
                pts.Add(new Vec2(crest[k].X, crest[k].Y));
            }

            // The face's lower edge runs back under the brink.
            pts.Add(new Vec2(xb + (0.15 * (xb - xa)), yb + drop));
            pts.Add(new Vec2(xa + (0.35 * (xb - xa)), ya + (1.4 * drop)));
            yield return (pts.ToArray(), new Vec2(xa, ya), new Vec2(xa + (0.2 * (xb - xa)), ya + (1.6 * drop)));
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
