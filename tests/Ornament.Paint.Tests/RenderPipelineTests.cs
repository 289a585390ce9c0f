using System.IO;
using Ornament.Geometry;
using Ornament.Raster;

namespace Ornament.Paint.Tests;

/// <summary>The render pipeline's speed paths must not change a byte: the PNG consumer overlapping the next band,
/// groups drawn straight through inlined into the display list, merged paths of many contours split across slices.</summary>
public class RenderPipelineTests
{
    [Theory]
    [InlineData(64, 2)]
    [InlineData(100, 3)]
    [InlineData(300, 2)]
    [InlineData(64, 1)]
    public void Overlapped_bands_equal_the_full_render_in_order_one_at_a_time(int bandHeight, int threads)
    {
        var scene = RenderTests.RandomScene(11, 200, 300);
        var full = SceneRenderer.Render(scene, 200, 300);
        int next = 0, inside = 0;
        SceneRenderer.RenderBands(scene, 200, 300, bandHeight, (band, y0) =>
        {
            Assert.Equal(1, Interlocked.Increment(ref inside));
            Assert.Equal(next, y0);
            Thread.Sleep(5); // let the next band render meanwhile
            for (int y = 0; y < band.Height; y++)
            {
                Assert.True(full.Row(y0 + y).SequenceEqual(band.Row(y)), $"row {y0 + y} differs (band {bandHeight})");
            }

            next = y0 + band.Height;
            Interlocked.Decrement(ref inside);
        }, new RenderOptions { Threads = threads }, overlap: true);
        Assert.Equal(300, next);
    }

    [Fact]
    public void A_consumer_exception_surfaces_as_itself()
    {
        var scene = RenderTests.RandomScene(3, 100, 400);
        int calls = 0;
        var ex = Assert.Throws<IOException>(() => SceneRenderer.RenderBands(scene, 100, 400, 64, (_, y0) =>
        {
            calls++;
            if (y0 == 64)
            {
                throw new IOException("disk full");
            }
        }, new RenderOptions { Threads = 2 }, overlap: true));
        Assert.Equal("disk full", ex.Message);
        Assert.Equal(2, calls);
    }

    [Fact]
    public void Groups_drawn_straight_through_render_like_their_children_in_place()
    {
        var r = new TestRandom(5);
        var nested = new SceneBuilder(120, 500) { Background = new Rgba8(250, 245, 235) };
        var flat = new SceneBuilder(120, 500) { Background = new Rgba8(250, 245, 235) };
        for (int i = 0; i < 60; i++)
        {
            if (i % 10 == 0)
            {
                nested.PushGroup($"g{i}");
            }

            if (i % 10 == 3)
            {
                nested.PushGroup($"inner{i}");
            }

            var c = new Vec2(r.Double() * 120, r.Double() * 500);
            var path = Shapes.Circle(c.X, c.Y, 4 + (r.Double() * 30));
            var color = new Rgba8(r.Byte(), r.Byte(), r.Byte(), (byte)(100 + r.Int(156)));
            nested.Fill(path, color);
            flat.Fill(path, color);
            if (i % 10 == 6)
            {
                nested.PopGroup();
            }

            if (i % 10 == 9)
            {
                nested.PopGroup();
            }
        }

        var a = nested.Build();
        var b = flat.Build();
        foreach (int threads in new[] { 1, 2 })
        {
            var options = new RenderOptions { Threads = threads };
            Assert.True(SceneRenderer.Render(a, 120, 500, options).ReadOnlyData.SequenceEqual(SceneRenderer.Render(b, 120, 500, options).ReadOnlyData), $"{threads} threads");
        }
    }

    [Theory]
    [InlineData(FillRule.NonZero)]
    [InlineData(FillRule.EvenOdd)]
    public void A_path_of_many_contours_renders_the_same_in_parallel_slices(FillRule rule)
    {
        // Stroke-like contours scattered down a tall picture, some overlapping, in one path (as the painterly style
        // merges strokes): with two or three threads the path is filled slice by slice, with one all at once.
        var r = new TestRandom(9);
        var pb = new PathBuilder();
        for (int i = 0; i < 80; i++)
        {
            double x = r.Double() * 150, y = r.Double() * 900, len = 5 + (r.Double() * 60), a = r.Double() * Math.PI;
            var d = new Vec2(Math.Cos(a), Math.Sin(a)) * len;
            var n = new Vec2(-d.Y, d.X) * (0.05 + (r.Double() * 0.2));
            pb.MoveTo(new Vec2(x, y) - n).LineTo(new Vec2(x, y) + d - n).LineTo(new Vec2(x, y) + d + (n * 2)).LineTo(new Vec2(x, y) + n).Close();
        }

        var sb = new SceneBuilder(150, 900) { Background = Rgba8.White };
        sb.Fill(pb.Build(), new Rgba8(30, 60, 200, 200), rule);
        sb.PushGroup("layer", 0.7);
        sb.Fill(pb.Build(), new Rgba8(200, 60, 30), rule);
        sb.PopGroup();
        var scene = sb.Build();
        var one = SceneRenderer.Render(scene, 150, 900, new RenderOptions { Threads = 1 });
        foreach (int threads in new[] { 2, 3 })
        {
            Assert.True(one.ReadOnlyData.SequenceEqual(SceneRenderer.Render(scene, 150, 900, new RenderOptions { Threads = threads }).ReadOnlyData), $"{threads} threads");
        }
    }
}
