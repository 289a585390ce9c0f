using Ornament.Geometry;
using Ornament.Raster;

namespace Ornament.Paint.Tests;

public class RenderTests
{
    private static Rgba8 Color(TestRandom r, bool translucent) =>
        new(r.Byte(), r.Byte(), r.Byte(), translucent ? (byte)(40 + r.Int(200)) : (byte)255);

    private static Paint RandomPaint(TestRandom r, double w, double h)
    {
        switch (r.Int(4))
        {
            case 0:
                return new LinearGradient(new Vec2(r.Double() * w, r.Double() * h), new Vec2(r.Double() * w, r.Double() * h),
                    [new(0, Color(r, false)), new(0.5, Color(r, true)), new(1, Color(r, false))]);
            case 1:
                return new RadialGradient(new Vec2(r.Double() * w, r.Double() * h), 10 + (r.Double() * w / 2),
                    [new(0, Color(r, true)), new(1, Color(r, false))], new Vec2(r.Double() * w, r.Double() * h));
            default:
                return new SolidPaint(Color(r, r.Int(2) == 0));
        }
    }

    private static Path RandomShape(TestRandom r, double w, double h)
    {
        var c = new Vec2(r.Double() * w, r.Double() * h);
        double s = 5 + (r.Double() * w / 3);
        return r.Int(4) switch
        {
            0 => Shapes.Circle(c.X, c.Y, s),
            1 => Shapes.Star(c, s, s / 2.5, 5 + r.Int(5)),
            2 => Shapes.RegularPolygon(c, s, 3 + r.Int(6)),
            _ => Shapes.Rectangle(c.X - s, c.Y - (s / 2), s * 2, s),
        };
    }

    /// <summary>Many paths, gradients, strokes, nested groups with opacity and blend modes.</summary>
    internal static Scene RandomScene(ulong seed, double w = 300, double h = 257)
    {
        var r = new TestRandom(seed);
        var sb = new SceneBuilder(w, h) { Background = new Rgba8(240, 230, 210) };
        void Items(int n)
        {
            for (int i = 0; i < n; i++)
            {
                var path = RandomShape(r, w, h);
                var paint = RandomPaint(r, w, h);
                var blend = r.Int(6) switch { 0 => BlendMode.Multiply, 1 => BlendMode.Screen, _ => BlendMode.SourceOver };
                double opacity = r.Int(3) == 0 ? 0.3 + (r.Double() * 0.7) : 1;
                if (r.Int(4) == 0)
                {
                    sb.Stroke(path, paint, new StrokeStyle(1 + (r.Double() * 6)), opacity: opacity, blend: blend);
                }
                else
                {
                    sb.Fill(path, paint, r.Int(2) == 0 ? FillRule.NonZero : FillRule.EvenOdd, opacity: opacity, blend: blend);
                }
            }
        }

        Items(40);
        sb.PushGroup("a", 0.6);
        Items(20);
        sb.PushGroup("b", 1, Affine.Rotate(0.3, new Vec2(w / 2, h / 2)), BlendMode.Multiply);
        Items(15);
        sb.PopGroup();
        sb.PopGroup();
        sb.PushGroup("c", 1, Affine.Translate(10, 5));
        Items(20);
        sb.PopGroup();
        sb.PushGroup("d", 0.8, null, BlendMode.Screen);
        Items(10);
        sb.PopGroup();
        Items(20);
        return sb.Build();
    }

    [Fact]
    public void Thread_counts_give_identical_bytes()
    {
        var scene = RandomScene(7);
        var one = SceneRenderer.Render(scene, 300, 257, new RenderOptions { Threads = 1 });
        foreach (int t in new[] { 2, 7 })
        {
            var many = SceneRenderer.Render(scene, 300, 257, new RenderOptions { Threads = t });
            Assert.True(one.Data.SequenceEqual(many.Data), $"threads={t} differs from threads=1");
        }

        // Tall enough that several parallel bands exist.
        var big = RandomScene(8, 200, 700);
        var a = SceneRenderer.Render(big, 200, 700, new RenderOptions { Threads = 1 });
        var b = SceneRenderer.Render(big, 200, 700, new RenderOptions { Threads = 7 });
        Assert.True(a.Data.SequenceEqual(b.Data));
    }

    [Fact]
    public void Thread_counts_give_identical_bytes_with_many_preparation_and_binning_chunks()
    {
        // More top-level items than one preparation chunk (256) and one binning chunk (4096), with groups among
        // them, so both are split across threads.
        var r = new TestRandom(17);
        const double w = 240, h = 900;
        var sb = new SceneBuilder(w, h) { Background = new Rgba8(20, 22, 30) };
        for (int i = 0; i < 9000; i++)
        {
            if (i % 1500 == 700)
            {
                sb.PushGroup("g" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), 0.7);
                sb.Fill(RandomShape(r, w, h), RandomPaint(r, w, h));
                sb.Fill(Shapes.Circle(r.Double() * w, r.Double() * h, 3), Color(r, true));
                sb.PopGroup();
                continue;
            }

            var c = new Vec2(r.Double() * w, r.Double() * h);
            double s = 0.5 + (r.Double() * 3);
            sb.Fill(Shapes.RegularPolygon(c, s, 3 + r.Int(4)), Color(r, r.Int(2) == 0));
        }

        var scene = sb.Build();
        var one = SceneRenderer.Render(scene, 240, 900, new RenderOptions { Threads = 1 });
        foreach (int t in new[] { 2, 7 })
        {
            var many = SceneRenderer.Render(scene, 240, 900, new RenderOptions { Threads = t });
            Assert.True(one.Data.SequenceEqual(many.Data), $"threads={t} differs from threads=1");
        }
    }

    [Fact]
    public void Thread_counts_give_identical_bytes_with_many_small_draws_and_no_layers()
    {
        // The tiny-scene path: thousands of draws of a few pixels and no layer, so the bands are capped, shrink
        // towards the bottom and visit the draws straight from the bins. Pass-through groups (one with a transform),
        // invisible draws, strokes, gradients and a draw wholly off the canvas are mixed in.
        var r = new TestRandom(23);
        const double w = 180, h = 1500;
        var sb = new SceneBuilder(w, h) { Background = new Rgba8(240, 236, 220) };
        for (int i = 0; i < 12000; i++)
        {
            if (i % 3000 == 11)
            {
                sb.PushGroup("pass" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), 1, Affine.Translate(3, 7));
            }

            var c = new Vec2(r.Double() * w, r.Double() * h);
            double s = 0.4 + (r.Double() * 2.5);
            switch (i % 97)
            {
                case 5:
                    sb.Fill(Shapes.Circle(c.X, c.Y, 6 + (r.Double() * 30)), RandomPaint(r, w, h));
                    break;
                case 17:
                    sb.Stroke(Shapes.RegularPolygon(c, s * 4, 5), new SolidPaint(Color(r, true)), new StrokeStyle(1.5));
                    break;
                case 29:
                    sb.Fill(Shapes.RegularPolygon(c, s, 3), new SolidPaint(Color(r, true)), opacity: 0);
                    break;
                case 41:
                    sb.Fill(Shapes.RegularPolygon(new Vec2(-50, c.Y), s, 4), Color(r, false));
                    break;
                default:
                    sb.Fill(Shapes.RegularPolygon(c, s, 3 + r.Int(3)), Color(r, r.Int(3) != 0));
                    break;
            }

            if (i % 3000 == 2500)
            {
                sb.PopGroup();
            }
        }

        var scene = sb.Build();
        var one = SceneRenderer.Render(scene, 180, 1500, new RenderOptions { Threads = 1 });
        foreach (int t in new[] { 2, 7 })
        {
            var many = SceneRenderer.Render(scene, 180, 1500, new RenderOptions { Threads = t });
            Assert.True(one.Data.SequenceEqual(many.Data), $"threads={t} differs from threads=1");
        }
    }

    [Fact]
    public void Every_simd_width_gives_identical_bytes_on_a_whole_scene()
    {
        var scene = RandomScene(9);
        var scalar = SceneRenderer.Render(scene, 300, 257, new RenderOptions { Simd = SimdWidth.Scalar });
        foreach (var w in new[] { SimdWidth.Vector128, SimdWidth.Vector256 })
        {
            var v = SceneRenderer.Render(scene, 300, 257, new RenderOptions { Simd = w });
            Assert.True(scalar.Data.SequenceEqual(v.Data), $"{w} differs from scalar");
        }
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(37, 1)]
    [InlineData(64, 1)]
    [InlineData(100, 3)]
    [InlineData(700, 2)]
    public void Render_bands_equal_the_full_render(int bandHeight, int threads)
    {
        var scene = RandomScene(10, 200, 300);
        var full = SceneRenderer.Render(scene, 200, 300);
        int next = 0;
        SceneRenderer.RenderBands(scene, 200, 300, bandHeight, (band, y0) =>
        {
            Assert.Equal(next, y0);
            Assert.Equal(200, band.Width);
            for (int y = 0; y < band.Height; y++)
            {
                Assert.True(full.Row(y0 + y).SequenceEqual(band.Row(y)), $"row {y0 + y} differs (band {bandHeight})");
            }

            next = y0 + band.Height;
        }, new RenderOptions { Threads = threads });
        Assert.Equal(300, next);
    }

    [Fact]
    public void One_thread_renders_tall_ops_band_by_band_with_the_same_bytes()
    {
        // 4096 px wide: a cached band is 128 rows, so paths taller than that make one thread render band after
        // band; bands of 64 rows (rendered whole each) give the reference. Translucent self-intersecting paths,
        // a gradient and a layer, under both fill rules.
        const int w = 4096, h = 420;
        var r = new TestRandom(31);
        var sb = new SceneBuilder(w, h) { Background = new Rgba8(250, 250, 246) };
        for (int i = 0; i < 24; i++)
        {
            var pb = new PathBuilder().MoveTo(new Vec2(r.Double() * w, r.Double() * h));
            for (int k = 0; k < 6; k++)
            {
                pb.CubicTo(new Vec2(r.Double() * w, -40 + (r.Double() * (h + 80))), new Vec2(r.Double() * w, r.Double() * h), new Vec2(r.Double() * w, r.Double() * h));
            }

            var rule = i % 2 == 0 ? FillRule.EvenOdd : FillRule.NonZero;
            if (i == 7)
            {
                sb.PushGroup("layer", 0.6);
                sb.Fill(pb.Close().Build(), RandomPaint(r, w, h), rule);
                sb.PopGroup();
                continue;
            }

            sb.Fill(pb.Close().Build(), Color(r, true), rule);
        }

        var scene = sb.Build();
        Assert.True(SceneRenderer.MeanHeight(PreparedScene.Build(scene, w, h, Flattener.DefaultTolerance, 1).Ops) >= SceneRenderer.CachedRows(w));
        var whole = SceneRenderer.Render(scene, w, h);
        SceneRenderer.RenderBands(scene, w, h, 64, (band, y0) =>
        {
            for (int y = 0; y < band.Height; y++)
            {
                Assert.True(whole.Row(y0 + y).SequenceEqual(band.Row(y)), $"row {y0 + y} differs");
            }
        });
    }

    [Fact]
    public void Group_opacity_applies_to_the_flattened_group()
    {
        var red = new Rgba8(255, 0, 0);
        var sb = new SceneBuilder(40, 20) { Background = Rgba8.White };
        sb.PushGroup("g", 0.5);
        sb.Fill(Shapes.Rectangle(0, 0, 30, 20), red);
        sb.Fill(Shapes.Rectangle(10, 0, 30, 20), red);
        sb.PopGroup();
        var pm = SceneRenderer.Render(sb.Build(), 40, 20);
        // Layer is opaque red; composited at alpha round(0.5·255) = 128 over white: R = 128 + 127, G = B = 127.
        var expected = new PremulRgba8(255, 127, 127, 255);
        Assert.Equal(expected, pm.GetPixel(20, 10)); // overlap: not darker than the single-cover parts
        Assert.Equal(expected, pm.GetPixel(5, 10));
        Assert.Equal(new PremulRgba8(255, 255, 255, 255), pm.GetPixel(0, 0) with { R = 255, G = 255, B = 255 });
    }

    [Fact]
    public void Group_layer_outside_the_canvas_or_empty_draws_nothing()
    {
        var sb = new SceneBuilder(20, 20) { Background = Rgba8.White };
        sb.PushGroup("off", 0.5);
        sb.Fill(Shapes.Rectangle(100, 100, 10, 10), Rgba8.Black);
        sb.PopGroup();
        sb.PushGroup("empty", 0.5, null, BlendMode.Multiply);
        sb.PopGroup();
        var pm = SceneRenderer.Render(sb.Build(), 20, 20);
        Assert.True(pm.IsOpaque);
        Assert.Equal(new PremulRgba8(255, 255, 255, 255), pm.GetPixel(10, 10));
    }
}
