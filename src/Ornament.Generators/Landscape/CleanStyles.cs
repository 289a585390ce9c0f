using Ornament.Geometry;
using Ornament.Paint;

namespace Ornament.Generators.Landscape;

/// <summary>The photographic (smooth gradients, haze, glow) and watercolour (stacked translucent deformed polygons)
/// renderings of a <see cref="World"/>.</summary>
internal static class CleanStyles
{
    /// <summary>Watercolour paper: warm white.</summary>
    private static readonly Oklab Paper = Colour.Hex("#F6F0E3");

    public static void Photographic(SceneBuilder sb, World w, bool gradients)
    {
        sb.PushGroup("sky");
        var stops = new List<GradientStop>();
        for (int i = 0; i <= 6; i++)
        {
            double y = w.HorizonY * i / 6 * 1.02;
            stops.Add(new GradientStop(i / 6.0, RowMean(w, 0, y).ToSrgb()));
        }

        if (gradients)
        {
            sb.Fill(Shapes.Rectangle(0, 0, w.W, w.HorizonY * 1.02 + 2), new LinearGradient(new Vec2(0, 0), new Vec2(0, w.HorizonY * 1.02), stops));
        }
        else
        {
            Bands(sb, w, 0, 0, w.HorizonY + 2, 72, null);
        }

        Clouds.Paint(sb, w, w.Seed.Random("photo-clouds"), gradients);
        Celestial(sb, w, gradients, painterly: false);
        sb.PopGroup();
        for (int li = 1; li < w.Layers.Count; li++)
        {
            var layer = w.Layers[li];
            sb.PushGroup(layer.Name);
            double minTop = layer.MinTop();

            if (gradients)
            {
                var ls = new List<GradientStop>();
                for (int i = 0; i <= 5; i++)
                {
                    double y = minTop + ((w.H - minTop) * i / 5);
                    ls.Add(new GradientStop(i / 5.0, RowMean(w, li, y).ToSrgb()));
                }

                sb.Fill(Silhouette(layer, minTop - 1, w.H), new LinearGradient(new Vec2(0, minTop), new Vec2(0, w.H), ls));
                // The layer's own light and texture over the ramp: snow and spruce on the ranges, noise-modulated tone
                // on the steppe. Dunes get their slip faces instead (too sharp for the columns' vertical stops), and the
                // mountain foothills keep their ramp (their blossom and tulip patches are too small for the columns).
                if (layer.Flow == Flow.Dune)
                {
                    SlipFaces(sb, w, li);
                    SmoothDunes.Paint(sb, w, li);
                }
                else if (layer.Flow == Flow.Ridge || w.Kind is SceneKind.Steppe or SceneKind.Night)
                {
                    Columns(sb, w, li);
                }

                if (w.Kind == SceneKind.Mountains && layer.Name == "mid")
                {
                    SpruceBelt.Paint(sb, w, li, w.Seed.Random("photo-spruce"));
                }
            }
            else
            {
                Bands(sb, w, li, minTop, w.H, 40, layer);
            }

            // Haze pooling at the foot of the layer in front: a translucent mist band. Not in front of dunes: their
            // crests rise and fall across the picture, so a level band shows as a stripe through the dune valleys.
            if (li + 1 < w.Layers.Count && layer.Haze > 0.05 && w.Layers[li + 1].Flow != Flow.Dune)
            {
                double top = w.Layers[li + 1].TopAt(w.W / 2);
                if (gradients)
                {
                    // One smooth ramp, transparent above and densest at the foot: no bands.
                    // It fades out below as well, so where the layer in front dips (dune valleys) no hard edge shows.
                    double hgt = 0.07 * w.H;
                    sb.Fill(Shapes.Rectangle(0, top - hgt, w.W, 1.6 * hgt), new LinearGradient(new Vec2(0, top - hgt), new Vec2(0, top + (0.6 * hgt)),
                        [new GradientStop(0, w.Light.Haze.ToSrgb(0)), new GradientStop(0.62, w.Light.Haze.ToSrgb(110)), new GradientStop(1, w.Light.Haze.ToSrgb(0))]));
                }

                for (int k = 0; k < (gradients ? 0 : 6); k++)
                {
                    double hgt = (0.012 + (0.01 * k)) * w.H;
                    sb.Fill(Shapes.Rectangle(0, top - hgt, w.W, hgt + 1), new SolidPaint(w.Light.Haze.ToSrgb((byte)(14 + (4 * k)))));
                }
            }

            sb.PopGroup();
        }

        GroundTexture.Paint(sb, w, w.Seed.Random("photo-ground"));
    }

    public static void Watercolour(SceneBuilder sb, World w, SeededRandom rng, bool gradients)
    {
        sb.PushGroup("sky");
        Bands(sb, w, 0, 0, w.HorizonY + 2, 64, null);
        for (int k = 0; k < 40; k++)
        {
            // Soft horizontal blooms: deformed ellipses, wider than tall, in the local sky colour.
            double y = rng.Range(0, w.HorizonY * 0.95), rx = rng.Range(0.12, 0.35) * w.W, ry = rng.Range(0.03, 0.09) * w.H;
            double x = rng.Range(-0.1, 1.1) * w.W;
            var c = Colour.Lighten(w.SkyColor(x, y), rng.Range(-0.05, 0.06));
            Wash(sb, Ellipse(x, y, rx, ry, 10), c, rng, 0.35 * ry, 0.09);
        }

        Celestial(sb, w, gradients, painterly: false);
        sb.PopGroup();
        for (int li = 1; li < w.Layers.Count; li++)
        {
            var layer = w.Layers[li];
            sb.PushGroup(layer.Name);
            double minTop = layer.MinTop();

            // A pale first wash over the whole layer, then glazes: many deformed blobs in the colour the land has
            // where each lies (snow, spruce, tulips, slip faces show through), their tops held to the silhouette.
            // Transparent, luminous washes: the first wash is thinned toward the paper, the glazes are few and light,
            // so the paper glows through and layers of pigment never pile up into a grey-brown mud.
            bool night = w.Light.Time == TimeOfDay.Night;
            double paper = night ? 0.04 : 0.3;
            if (gradients)
            {
                // One smooth first wash (no band edges to stripe the land), then the glazes over it.
                var ls = new List<GradientStop>();
                for (int i = 0; i <= 8; i++)
                {
                    double y = minTop + ((w.H - minTop) * i / 8);
                    ls.Add(new GradientStop(i / 8.0, Colour.Mix(Pigment(w, li, RowMean(w, li, y), 115, (y - minTop) / (w.H - minTop)), Paper, paper).ToSrgb()));
                }

                sb.Fill(Silhouette(layer, minTop - 1, w.H), new LinearGradient(new Vec2(0, minTop), new Vec2(0, w.H), ls));
            }
            else
            {
                Bands(sb, w, li, minTop, w.H, 16, layer, paper, pigment: true);
            }
            double bottom = li + 1 < w.Layers.Count ? Math.Min(w.H, w.Layers[li + 1].TopAt(w.W / 2) + (0.08 * w.H)) : w.H;
            int blobs = (int)(24 + (70 * (bottom - minTop) / w.H));
            for (int k = 0; k < blobs; k++)
            {
                double x = rng.Range(-0.05, 1.05) * w.W;
                double top = layer.TopAt(Math.Clamp(x, 0, w.W));
                double y = top + (rng.NextDouble() * Math.Max(4, bottom - top));
                double rx = rng.Range(0.03, 0.12) * w.W, ry = rx * rng.Range(0.2, 0.45);
                // The blob's colour is the land's mean over its width (one tulip must not dye a whole glaze).
                var m = Colour.Mix(Colour.Mix(layer.Color(Math.Clamp(x - (rx / 2), 0, w.W - 1), Math.Min(w.H - 1, y)), layer.Color(Math.Clamp(x + (rx / 2), 0, w.W - 1), Math.Min(w.H - 1, y)), 0.5),
                    layer.Color(Math.Clamp(x, 0, w.W - 1), Math.Min(w.H - 1, y)), 0.34);
                var c = Colour.Mix(Colour.Chroma(Colour.Lighten(m, rng.Range(0.02, 0.08)), 1.35), Paper, night ? 0 : 0.12);
                if (Fresh(w, li))
                {
                    // Spring meadow glazes: sap green and gold laid over each other, not one averaged olive.
                    c = Colour.Mix(Pigment(w, li, m, (k & 1) == 0 ? 135 : 96, (y - minTop) / (w.H - minTop)), Paper, 0.08);
                }

                var poly = Ellipse(x, y, rx, ry, 10);
                Wash(sb, poly, c, rng, 0.3 * ry, 0.14, layer);
            }

            if (layer.Flow == Flow.Dune)
            {
                DuneGlazes(sb, w, li, rng, night);
            }

            Granulate(sb, w, li, minTop, rng);
            if (li == w.Layers.Count - 1 && !night)
            {
                // Lifted pigment: a few pale patches where the paper shows through the foreground washes.
                for (int k = 0; k < 8; k++)
                {
                    double x = rng.Range(0, 1) * w.W, top = layer.TopAt(x), y = top + (rng.Range(0.1, 0.9) * (w.H - top));
                    double rx = rng.Range(0.02, 0.06) * w.W;
                    Wash(sb, Ellipse(x, y, rx, rx * rng.Range(0.2, 0.35), 10), Colour.Mix(Pigment(w, li, Colour.Chroma(layer.Color(x, y), 1.3), 95, 0), Paper, 0.6), rng, 0.3 * rx * 0.3, 0.2, layer);
                }
            }

            if (layer.Haze > 0.05)
            {
                double top = li + 1 < w.Layers.Count ? w.Layers[li + 1].TopAt(w.W / 2) : w.H;
                for (int k = 0; k < 8; k++)
                {
                    double hh = rng.Range(0.015, 0.05) * w.H, x = rng.Range(0.1, 0.9) * w.W;
                    Wash(sb, Ellipse(x, top - (hh * 0.3), rng.Range(0.2, 0.45) * w.W, hh, 12), w.Light.Haze, rng, hh * 0.4, 0.06);
                }
            }

            sb.PopGroup();
        }
    }

    /// <summary>Whether a layer's washes use the spring meadow pigments: the open ground of a steppe by day or dawn.
    /// (The steppe's colour model is dry straw and olive, right for strokes and gradients; mixed into transparent
    /// washes it turns to mud, where a watercolourist lays clean sap green and gold.)</summary>
    private static bool Fresh(World w, int li) =>
        w.Kind == SceneKind.Steppe && w.Light.Time != TimeOfDay.Night && li >= 2 && w.Layers[li].Flow is Flow.Rolling or Flow.Ground;

    /// <summary>The land colour c as a clean transparent pigment of hue <paramref name="hueDeg"/> (OKLCh degrees; 135 sap
    /// green, 96 gold): lighter, more chromatic, its hue pulled most of the way to the pigment's, and a little deeper
    /// toward the front (depth 0 at the layer's top, 1 at the bottom). Nearer layers take it fully, the distant ground
    /// band keeps part of its haze. Other layers are returned unchanged.</summary>
    private static Oklab Pigment(World w, int li, Oklab c, double hueDeg, double depth)
    {
        if (!Fresh(w, li))
        {
            return c;
        }

        double k = li == w.Layers.Count - 1 ? 1 : 0.6;
        double target = hueDeg * Math.PI / 180, h = c.Hue;
        double dh = Math.IEEERemainder(target - h, 2 * Math.PI);
        double l = Math.Clamp((0.45 * c.L) + 0.42 - (0.1 * Math.Clamp(depth, 0, 1)), 0.58, 0.86);
        double ch = Math.Max(c.Chroma * 1.5, 0.125);
        var fresh = Oklab.FromLch(l, ch, h + (0.85 * dh));
        return Colour.Mix(c, fresh, k);
    }

    private static Vec2[] Ellipse(double cx, double cy, double rx, double ry, int n)
    {
        var pts = new Vec2[n];
        for (int i = 0; i < n; i++)
        {
            double a = 2 * Math.PI * i / n;
            pts[i] = new Vec2(cx + (rx * Math.Cos(a)), cy + (ry * Math.Sin(a)));
        }

        return pts;
    }

    /// <summary>Granulation: pigment settling in the paper's tooth, as fine darker specks over the layer (merged into a
    /// few paths by colour).</summary>
    private static void Granulate(SceneBuilder sb, World w, int li, double minTop, SeededRandom rng)
    {
        var layer = w.Layers[li];
        var buckets = new StrokeBuckets(w.W, w.H);
        int n = (int)(1200 * (w.H - minTop) / w.H);
        for (int k = 0; k < n; k++)
        {
            double x = rng.Range(0, w.W), top = layer.TopAt(x), y = top + (rng.NextDouble() * (w.H - top));
            if (w.Hit(x, y) != li)
            {
                continue;
            }

            var c = Colour.Shade(Pigment(w, li, layer.Color(x, y), 125, (y - minTop) / (w.H - minTop)), rng.Range(0.7, 0.85));
            buckets.AddStroke(0, c, [new Vec2(x, y)], rng.Range(0.5, 1.3));
        }

        sb.PushGroup("granulation", opacity: 0.25);
        foreach (var item in buckets.Items(0))
        {
            sb.Add(item);
        }

        sb.PopGroup();
    }

    /// <summary>Watercolour dunes: a pale wash over each row of crests (its rim is the crest line the glazes above
    /// had blurred), then the slip faces glazed in a cool shade, layer over layer, the way a painter deepens a
    /// shadow.</summary>
    private static void DuneGlazes(SceneBuilder sb, World w, int li, SeededRandom rng, bool night)
    {
        var layer = w.Layers[li];
        foreach (var row in SmoothDunes.Rows(w, li))
        {
            Wash(sb, SmoothDunes.Outline(w, row), Colour.Mix(Colour.Lighten(row.Lit, 0.03), Paper, night ? 0 : 0.15), rng, 0.004 * w.H, 0.4, layer);
            // A flat glaze shows its whole outline (no fade hides the band's lower edge, as in the photographic
            // style), so the shadow is built from three glazes, each shorter than the last: darkest on the face,
            // graded into the sand below it.
            foreach (var (depth, opacity) in (ReadOnlySpan<(double, double)>)[(1.1, 0.12), (0.6, 0.15), (0.3, 0.17)])
            {
                foreach (var (face, _, _) in SmoothDunes.Faces(row, depth))
                {
                    Wash(sb, face, Colour.Mix(row.Shade, Paper, night ? 0 : 0.08), rng, 0.05 * row.Amp, opacity, layer);
                }
            }
        }
    }

    /// <summary>Hobbs-style wash: recursively deform the polygon (Gaussian midpoint jitter) and fill it translucent.</summary>
    private static void Wash(SceneBuilder sb, Vec2[] poly, Oklab c, SeededRandom rng, double spread, double opacity, Layer? under = null)
    {
        var pts = new List<Vec2>(poly);
        double s = spread;
        for (int level = 0; level < 4; level++)
        {
            var next = new List<Vec2>(pts.Count * 2);
            for (int i = 0; i < pts.Count; i++)
            {
                var a = pts[i];
                var b = pts[(i + 1) % pts.Count];
                next.Add(a);
                var mid = (a + b) * 0.5;
                double len = (b - a).Length;
                if (len < 12)
                {
                    // Short edges stay whole: vertices packed closer than a few pixels would make every rim cell a
                    // many-piece cell, which the exact-area rasterizer recomputes from the whole row.
                    continue;
                }

                // Displace across the edge only, and by at most a fifth of its length: the outline stays (almost)
                // simple, so the rasterizer does not meet a tangle of self-crossings in every rim pixel.
                var nrm = len > 1e-9 ? (b - a).Perpendicular / len : Vec2.Zero;
                next.Add(mid + (nrm * Math.Clamp(rng.NextGaussian() * s, -0.2 * len, 0.2 * len)));
            }

            pts = next;
            s *= 0.6;
        }

        if (under is not null)
        {
            // Pigment stays on its own land: no vertex above the layer's silhouette.
            for (int i = 0; i < pts.Count; i++)
            {
                pts[i] = new Vec2(pts[i].X, Math.Max(pts[i].Y, under.TopAt(Math.Clamp(pts[i].X, 0, under.SampleX(under.Samples - 1)))));
            }
        }

        var pb = new PathBuilder().MoveTo(pts[0]);
        for (int i = 1; i < pts.Count; i++)
        {
            pb.LineTo(pts[i]);
        }

        var shape = pb.Close().Build();
        // Edge darkening: pigment pools where a wash dries. The whole shape goes down in the darker rim colour, then a
        // copy pulled toward its centre in the body colour covers all but a thin rim. (Two plain fills: a thin even-odd
        // ring would make nearly every rim pixel an expensive multi-edge cell for the exact-area rasterizer.)
        sb.Fill(shape, new SolidPaint(Colour.Chroma(Colour.Shade(c, 0.85), 1.1).ToSrgb((byte)Math.Round(255 * Math.Min(0.4, opacity * 1.4)))));
        var centre = Vec2.Zero;
        foreach (var p in pts)
        {
            centre += p;
        }

        centre /= pts.Count;
        double inset = 1.5 + (0.2 * spread);
        var body = new PathBuilder();
        for (int i = 0; i < pts.Count; i++)
        {
            var p = pts[i];
            var toward = centre - p;
            double len = toward.Length;
            var q = len > inset ? p + (toward * (inset / len)) : centre;
            if (i == 0)
            {
                body.MoveTo(q);
            }
            else
            {
                body.LineTo(q);
            }
        }

        sb.Fill(body.Close().Build(), new SolidPaint(Colour.Lighten(c, 0.02).ToSrgb((byte)Math.Round(255 * opacity))));
    }

    /// <summary>The layer's own light and texture (lit snow and blue shadow, spruce, blossom, slip faces) over its
    /// smooth ramp: narrow columns under the silhouette, each a vertical gradient sampled from the colour function
    /// where the layer is visible, overlapping slightly so no seam shows.</summary>
    private static void Columns(SceneBuilder sb, World w, int li)
    {
        var layer = w.Layers[li];
        // Narrow enough (about 1.5 px at 1600 wide, 3.5 px at 3840) that the rock and snow detail does not show as
        // vertical blocks even at print size (440 columns, 9 px each at 3840, did).
        const int N = 1100;
        double cw = w.W / N;
        for (int i = 0; i < N; i++)
        {
            // Each column is two columns wide and the next one covers its right half: the seam between them lies
            // over opaque paint. (Abutting columns with a sliver of overlap let the ramp beneath show through the two
            // partial coverages at every seam pixel: a thin dark line every column, the vertical streaks.)
            double x0 = i * cw, x1 = Math.Min(w.W, x0 + (2 * cw)), xm = x0 + (cw / 2);
            double top = Math.Min(Math.Min(layer.TopAt(x0), layer.TopAt(x1)), Math.Min(layer.TopAt(xm), layer.TopAt(x0 + cw)));
            double bottom = w.H;
            for (int k = li + 1; k < w.Layers.Count; k++)
            {
                bottom = Math.Min(bottom, Math.Max(w.Layers[k].TopAt(xm), Math.Max(w.Layers[k].TopAt(x0), w.Layers[k].TopAt(x1))) + 2);
            }

            if (bottom <= top + 0.5)
            {
                continue;
            }

            var stops = new List<GradientStop>();
            const int S = 24;
            double span = (bottom - top) / (S + 0.3);
            for (int k = 0; k <= S; k++)
            {
                // Averaged over a fixed width of the scene (a few columns) and over the stop's own height, so a sharp feature
                // (the snow line) is filtered the same way in every column: neighbouring columns blend, not stripe.
                double l = 0, aa = 0, bb = 0, wsum = 0;
                for (int v = -1; v <= 1; v++)
                {
                    double y = top + ((bottom - top) * (k + 0.3) / (S + 0.3)) + (v * span / 3);
                    for (int hx = -2; hx <= 2; hx++)
                    {
                        double x = xm + (hx * w.W / 220 * 0.6), wgt = 3 - Math.Abs(hx);
                        var c = layer.Color(x, Math.Max(y, layer.TopAt(x) + 0.5));
                        l += wgt * c.L;
                        aa += wgt * c.A;
                        bb += wgt * c.B;
                        wsum += wgt;
                    }
                }

                stops.Add(new GradientStop(k / (double)S, new Oklab(l / wsum, aa / wsum, bb / wsum).ToSrgb()));
            }

            var pb = new PathBuilder().MoveTo(x0, layer.TopAt(x0));
            for (int k = 1; k <= 8; k++)
            {
                double x = x0 + ((x1 - x0) * k / 8);
                pb.LineTo(x, layer.TopAt(x));
            }

            pb.LineTo(x1, bottom).LineTo(x0, bottom).Close();
            sb.Fill(pb.Build(), new LinearGradient(new Vec2(0, top), new Vec2(0, bottom), stops));
        }
    }

    /// <summary>The dunes' form for the smooth style: under every steep lee segment of the silhouette (a slip face) a
    /// shadow wedge sheared down the face as the colour model shears it, fading with depth.</summary>
    private static void SlipFaces(SceneBuilder sb, World w, int li)
    {
        var layer = w.Layers[li];
        int n = layer.Samples;
        int i = 1;
        while (i < n)
        {
            double slope = (layer.TopSample(i) - layer.TopSample(i - 1)) / (layer.SampleX(i) - layer.SampleX(i - 1));
            if (slope < 0.35)
            {
                i++;
                continue;
            }

            int a = i - 1;
            while (i < n && (layer.TopSample(i) - layer.TopSample(i - 1)) / (layer.SampleX(i) - layer.SampleX(i - 1)) >= 0.2)
            {
                i++;
            }

            int b = i - 1;
            double xa = layer.SampleX(a), xb = layer.SampleX(b);
            if (xb - xa < 2)
            {
                continue;
            }

            double ya = layer.TopSample(a), yb = layer.TopSample(b), depth = 0.3 * (w.H - ya);
            var pb = new PathBuilder().MoveTo(xa, ya);
            for (int k = a + 1; k <= b; k++)
            {
                pb.LineTo(layer.SampleX(k), layer.TopSample(k));
            }

            // The face seen slantwise: a wedge from the whole lee slope narrowing to a point further down the dune.
            var tip = new Vec2(xa + (0.55 * (xb - xa)) + (0.25 * depth), Math.Max(yb, ya + depth));
            pb.LineTo(tip).Close();
            double xm = (xa + xb) / 2, ym = layer.TopAt(xm) + 2;
            var c = layer.Color(Math.Min(w.W - 1, xm + 1.8), ym);
            sb.Fill(pb.Build(), new LinearGradient(new Vec2(xa, ya), tip,
                [new GradientStop(0, c.ToSrgb(230)), new GradientStop(0.6, c.ToSrgb(140)), new GradientStop(1, c.ToSrgb(0))]));
        }
    }

    /// <summary>Horizontal solid bands approximating a vertical ramp; each band clipped to the layer's silhouette.</summary>
    private static void Bands(SceneBuilder sb, World w, int li, double y0, double y1, int n, Layer? layer, double paper = 0, bool pigment = false)
    {
        for (int b = 0; b < n; b++)
        {
            // Each band runs to the bottom of the region and the next one paints over it: no anti-aliased seams.
            double a = y0 + ((y1 - y0) * b / n), zc = y0 + ((y1 - y0) * (b + 1) / n), z = y1;
            var mean = RowMean(w, li, (a + zc) / 2);
            var c = Colour.Mix(pigment ? Pigment(w, li, mean, 115, (b + 0.5) / n) : mean, Paper, paper).ToSrgb();
            if (layer is null)
            {
                sb.Fill(Shapes.Rectangle(0, a, w.W, z - a), c);
                continue;
            }

            var pb = new PathBuilder();
            bool any = false;
            for (int i = 0; i < layer.Samples; i += 4)
            {
                double t = Math.Min(z, Math.Max(a, layer.TopSample(i)));
                any |= t < z;
                var p = new Vec2(layer.SampleX(i), t);
                if (i == 0)
                {
                    pb.MoveTo(p);
                }
                else
                {
                    pb.LineTo(p);
                }
            }

            if (any)
            {
                pb.LineTo(w.W, z).LineTo(0, z).Close();
                sb.Fill(pb.Build(), c);
            }
        }
    }

    private static Path Silhouette(Layer layer, double minY, double bottom)
    {
        var pb = new PathBuilder();
        for (int i = 0; i < layer.Samples; i += 2)
        {
            var p = new Vec2(layer.SampleX(i), Math.Max(minY, layer.TopSample(i)));
            if (i == 0)
            {
                pb.MoveTo(p);
            }
            else
            {
                pb.LineTo(p);
            }
        }

        return pb.LineTo(layer.SampleX(layer.Samples - 1), bottom).LineTo(0, bottom).Close().Build();
    }

    /// <summary>Mean colour of a layer along a row (over the x where that layer is the visible one, or all x).</summary>
    internal static Oklab RowMean(World w, int li, double y)
    {
        double l = 0, a = 0, b = 0;
        int n = 0;
        var layer = w.Layers[li];
        for (int i = 0; i < 48; i++)
        {
            double x = (i + 0.5) * w.W / 48;
            if (li > 0 && y < layer.TopAt(x))
            {
                continue;
            }

            var c = layer.Color(x, y);
            l += c.L;
            a += c.A;
            b += c.B;
            n++;
        }

        if (n == 0)
        {
            var c = layer.Color(w.W / 2, y);
            return c;
        }

        return new Oklab(l / n, a / n, b / n);
    }

    /// <summary>Sun with glow, or crescent moon with halo and stars; stars hidden behind land are skipped.</summary>
    public static void Celestial(SceneBuilder sb, World w, bool gradients, bool painterly)
    {
        var L = w.Light;
        if (w.Sun is { } s)
        {
            Glow(sb, new Vec2(s.X, s.Y), s.R * 7, L.Sun, painterly ? 0.75 : 0.65, gradients);
            sb.Fill(Props.Sun(w, s), Colour.Lighten(L.Sun, 0.04).ToSrgb());
        }

        if (w.Moon is { } m)
        {
            var moon = Colour.Hex("#E9E4D0");
            Glow(sb, new Vec2(m.X, m.Y), m.R * 5, moon, 0.3, gradients);
            sb.Fill(Props.Crescent(new Vec2(m.X, m.Y), m.R, -2.4), moon.ToSrgb());
        }

        if (w.Stars.Count > 0)
        {
            var buckets = new StrokeBuckets(w.W, w.H);
            sb.PushGroup("stars");
            foreach (var st in w.Stars)
            {
                if (st.Y + st.Radius >= w.LandTop(st.X) - 2 || (w.Moon is { } mm && Math.Abs(st.X - mm.X) < mm.R * 2 && Math.Abs(st.Y - mm.Y) < mm.R * 2))
                {
                    continue;
                }

                // Faint stars barely rise above the sky; the few bright ones are pure and carry a soft glow.
                double k = Math.Clamp(0.4 + (1.3 * Math.Sqrt(st.Brightness)), 0, 1);
                var c = Colour.Mix(w.SkyColor(st.X, st.Y), Colour.Lighten(st.Color, 0.04), k);
                if (st.Brightness > 0.12)
                {
                    Glow(sb, new Vec2(st.X, st.Y), st.Radius * 5, st.Color, 0.45 * st.Brightness, gradients);
                }

                buckets.AddStroke(0, c, [new Vec2(st.X, st.Y)], st.Radius * (painterly ? 1.25 : 1));
            }

            foreach (var item in buckets.Items(0))
            {
                sb.Add(item);
            }

            sb.PopGroup();
        }
    }

    /// <summary>A glow with a smooth radial falloff (alpha ∝ (1 − d/R)² · e^(−3d/R)): a radial gradient with enough stops
    /// that no ring shows, or, without gradients, many faint discs whose alpha steps stay below a grey level.</summary>
    internal static void Glow(SceneBuilder sb, Vec2 c, double radius, Oklab colour, double strength, bool gradients, double squash = 1)
    {
        // An ellipse is a circle at the origin, squashed vertically and moved into place (gradient included).
        Affine? place = squash == 1 ? null : Affine.Scale(1, squash).Then(Affine.Translate(c.X, c.Y));
        if (place is not null)
        {
            c = Vec2.Zero;
        }

        static double Profile(double t) => (1 - t) * (1 - t) * Math.Exp(-3 * t);
        if (gradients)
        {
            var stops = new List<GradientStop>();
            for (int i = 0; i <= 12; i++)
            {
                double t = i / 12.0;
                stops.Add(new GradientStop(t, colour.ToSrgb((byte)Math.Round(255 * strength * Profile(t)))));
            }

            sb.Fill(Shapes.Circle(c, radius), new RadialGradient(c, radius, stops), transform: place);
            return;
        }

        // Discs from the outside in; each adds the alpha the profile gains between its radius and the next one out.
        const int N = 16;
        double prev = 0;
        var pb = new List<(double R, byte A)>();
        for (int i = N - 1; i >= 0; i--)
        {
            double t = (i + 0.5) / N;
            double target = strength * Profile(t);
            // Source-over: a = 1 − (1 − prev)(1 − step) ⇒ step = (target − prev) / (1 − prev).
            double step = Math.Max(0, (target - prev) / Math.Max(1e-6, 1 - prev));
            byte a = (byte)Math.Round(255 * step);
            if (a > 0)
            {
                pb.Add((radius * (i + 1) / N, a));
                prev = 1 - ((1 - prev) * (1 - (a / 255.0)));
            }
        }

        foreach (var (r, a) in pb)
        {
            sb.Fill(Shapes.Circle(c, r), new SolidPaint(colour.ToSrgb(a)), transform: place);
        }
    }
}
