using Ornament.Geometry;
using Ornament.Paint;

namespace Ornament.Generators.Landscape;

/// <summary>The photographic (smooth gradients, haze, glow) and watercolour (stacked translucent deformed polygons)
/// renderings of a <see cref="World"/>.</summary>
internal static class CleanStyles
{
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

        Celestial(sb, w, gradients, painterly: false);
        sb.PopGroup();
        for (int li = 1; li < w.Layers.Count; li++)
        {
            var layer = w.Layers[li];
            sb.PushGroup(layer.Name);
            double minTop = double.MaxValue;
            for (int i = 0; i < layer.Samples; i++)
            {
                minTop = Math.Min(minTop, layer.TopSample(i));
            }

            if (gradients)
            {
                var ls = new List<GradientStop>();
                for (int i = 0; i <= 5; i++)
                {
                    double y = minTop + ((w.H - minTop) * i / 5);
                    ls.Add(new GradientStop(i / 5.0, RowMean(w, li, y).ToSrgb()));
                }

                sb.Fill(Silhouette(layer, minTop - 1, w.H), new LinearGradient(new Vec2(0, minTop), new Vec2(0, w.H), ls));
            }
            else
            {
                Bands(sb, w, li, minTop, w.H, 40, layer);
            }

            // Haze pooling at the foot of the layer in front: a translucent mist band.
            if (li + 1 < w.Layers.Count && layer.Haze > 0.05)
            {
                double top = w.Layers[li + 1].TopAt(w.W / 2);
                if (gradients)
                {
                    // One smooth ramp, transparent above and densest at the foot: no bands.
                    double hgt = 0.07 * w.H;
                    sb.Fill(Shapes.Rectangle(0, top - hgt, w.W, hgt + 1), new LinearGradient(new Vec2(0, top - hgt), new Vec2(0, top),
                        [new GradientStop(0, w.Light.Haze.ToSrgb(0)), new GradientStop(1, w.Light.Haze.ToSrgb(110))]));
                }

                for (int k = 0; k < (gradients ? 0 : 6); k++)
                {
                    double hgt = (0.012 + (0.01 * k)) * w.H;
                    sb.Fill(Shapes.Rectangle(0, top - hgt, w.W, hgt + 1), new SolidPaint(w.Light.Haze.ToSrgb((byte)(14 + (4 * k)))));
                }
            }

            sb.PopGroup();
        }
    }

    public static void Watercolour(SceneBuilder sb, World w, SeededRandom rng)
    {
        sb.PushGroup("sky");
        Bands(sb, w, 0, 0, w.HorizonY + 2, 24, null);
        for (int k = 0; k < 36; k++)
        {
            double y = rng.Range(0, w.HorizonY * 0.95), hh = rng.Range(0.05, 0.18) * w.H;
            double x = rng.Range(-0.2, 1.0) * w.W, ww = rng.Range(0.3, 0.8) * w.W;
            var c = Colour.Lighten(w.SkyColor(x + (ww / 2), y), rng.Range(-0.05, 0.06));
            Wash(sb, [new(x, y), new(x + ww, y), new(x + ww, y + hh), new(x, y + hh)], c, rng, 14, 0.1);
        }

        Celestial(sb, w, gradients: false, painterly: false);
        sb.PopGroup();
        for (int li = 1; li < w.Layers.Count; li++)
        {
            var layer = w.Layers[li];
            sb.PushGroup(layer.Name);
            double minTop = double.MaxValue;
            for (int i = 0; i < layer.Samples; i++)
            {
                minTop = Math.Min(minTop, layer.TopSample(i));
            }

            Bands(sb, w, li, minTop, w.H, 10, layer);
            var poly = new List<Vec2>();
            for (int i = 0; i < layer.Samples; i += 16)
            {
                poly.Add(new Vec2(layer.SampleX(i), layer.TopSample(i)));
            }

            poly.Add(new Vec2(w.W, w.H));
            poly.Add(new Vec2(0, w.H));
            for (int k = 0; k < 30; k++)
            {
                double y = minTop + ((w.H - minTop) * rng.NextDouble() * 0.6);
                var c = Colour.Chroma(Colour.Lighten(RowMean(w, li, y), rng.Range(-0.08, 0.03)), 1.15);
                Wash(sb, poly.ToArray(), c, rng, 6, 0.09);
            }

            if (layer.Haze > 0.05)
            {
                double top = li + 1 < w.Layers.Count ? w.Layers[li + 1].TopAt(w.W / 2) : w.H;
                for (int k = 0; k < 20; k++)
                {
                    double hh = rng.Range(0.02, 0.07) * w.H;
                    Wash(sb, [new(-50, top - hh), new(w.W + 50, top - hh), new(w.W + 50, top + 5), new(-50, top + 5)], w.Light.Haze, rng, 10, 0.07);
                }
            }

            sb.PopGroup();
        }
    }

    /// <summary>Hobbs-style wash: recursively deform the polygon (Gaussian midpoint jitter) and fill it translucent.</summary>
    private static void Wash(SceneBuilder sb, Vec2[] poly, Oklab c, SeededRandom rng, double spread, double opacity)
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

        var pb = new PathBuilder().MoveTo(pts[0]);
        for (int i = 1; i < pts.Count; i++)
        {
            pb.LineTo(pts[i]);
        }

        var shape = pb.Close().Build();
        // Edge darkening: pigment pools where a wash dries. The whole shape goes down in the darker rim colour, then a
        // copy pulled toward its centre in the body colour covers all but a thin rim. (Two plain fills: a thin even-odd
        // ring would make nearly every rim pixel an expensive multi-edge cell for the exact-area rasterizer.)
        sb.Fill(shape, new SolidPaint(Colour.Shade(c, 0.8).ToSrgb((byte)Math.Round(255 * Math.Min(0.5, opacity * 1.4)))));
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

    /// <summary>Horizontal solid bands approximating a vertical ramp; each band clipped to the layer's silhouette.</summary>
    private static void Bands(SceneBuilder sb, World w, int li, double y0, double y1, int n, Layer? layer)
    {
        for (int b = 0; b < n; b++)
        {
            // Each band runs to the bottom of the region and the next one paints over it: no anti-aliased seams.
            double a = y0 + ((y1 - y0) * b / n), zc = y0 + ((y1 - y0) * (b + 1) / n), z = y1;
            var c = RowMean(w, li, (a + zc) / 2).ToSrgb();
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
            if (gradients)
            {
                sb.Fill(Shapes.Circle(new Vec2(s.X, s.Y), s.R * 6), new RadialGradient(new Vec2(s.X, s.Y), s.R * 6,
                    [new GradientStop(0, L.Sun.ToSrgb(160)), new GradientStop(1, L.Sun.ToSrgb(0))]));
            }
            else
            {
                for (int k = 5; k >= 1; k--)
                {
                    sb.Fill(Props.Sun(w, (s.X, s.Y, s.R * (1 + (k * 0.9)))), new SolidPaint(L.Sun.ToSrgb((byte)(painterly ? 26 : 22))));
                }
            }

            sb.Fill(Props.Sun(w, s), Colour.Lighten(L.Sun, 0.04).ToSrgb());
        }

        if (w.Moon is { } m)
        {
            var moon = Colour.Hex("#E9E4D0");
            for (int k = 4; k >= 1; k--)
            {
                sb.Fill(Shapes.Circle(new Vec2(m.X, m.Y), m.R * (1 + (k * 0.7))), new SolidPaint(moon.ToSrgb(16)));
            }

            sb.Fill(Props.Crescent(new Vec2(m.X, m.Y), m.R, -2.4), moon.ToSrgb());
        }

        if (w.Stars.Count > 0)
        {
            var buckets = new StrokeBuckets(w.W, w.H);
            foreach (var st in w.Stars)
            {
                if (st.Y + st.Radius >= w.LandTop(st.X) - 2 || (w.Moon is { } mm && Math.Abs(st.X - mm.X) < mm.R * 2 && Math.Abs(st.Y - mm.Y) < mm.R * 2))
                {
                    continue;
                }

                var c = Colour.Mix(w.SkyColor(st.X, st.Y), st.Color, 0.5 + (0.5 * Math.Min(1, st.Brightness * 3)));
                buckets.AddStroke(0, c, [new Vec2(st.X, st.Y)], st.Radius * (painterly ? 1.3 : 1));
            }

            sb.PushGroup("stars");
            foreach (var item in buckets.Items(0))
            {
                sb.Add(item);
            }

            sb.PopGroup();
        }
    }
}
