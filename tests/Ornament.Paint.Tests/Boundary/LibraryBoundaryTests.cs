using Ornament.Geometry;

namespace Ornament.Paint.Tests.Boundary;

/// <summary>The library boundary (README "Errors and limits"): non-finite scene sizes and over-deep groups are an
/// ArgumentException; everything else follows a documented rule and never hangs or corrupts the picture. The rules:
/// a path with a NaN or infinite point (from its coordinates or its transform) is not drawn; an empty path and a
/// singular (zero-area) transform draw nothing; gigantic finite coordinates are clipped exactly; a path's curves
/// are subdivided into at most Flattener.MaxCurvePointsPerPath points.</summary>
public class LibraryBoundaryTests
{
    private const int W = 40, H = 30;
    private static readonly SolidPaint Red = new(new Rgba8(176, 40, 46, 255));
    private static readonly SolidPaint Blue = new(new Rgba8(31, 58, 107, 200));

    private static Scene With(params SceneItem[] items) => new(W, H, [new DrawItem(Shapes.Rectangle(5, 5, 20, 12), Red), .. items], new Rgba8(241, 231, 208, 255));

    private static byte[] Render(Scene s, int threads = 1) => SceneRenderer.Render(s, W, H, new RenderOptions { Threads = threads }).Data.ToArray();

    public static TheoryData<string> Bad => new()
    {
        "nan-point", "infinite-point", "nan-transform", "infinite-transform", "singular-transform", "empty-path",
        "nan-circle", "infinite-radius", "off-canvas-1e30", "nan-stroke-width", "nan-arc",
    };

    private static SceneItem Make(string name) => name switch
    {
        "nan-point" => new DrawItem(new PathBuilder().MoveTo(1, 1).LineTo(double.NaN, 20).LineTo(30, 20).Close().Build(), Blue),
        "infinite-point" => new DrawItem(new PathBuilder().MoveTo(1, 1).LineTo(double.PositiveInfinity, 20).LineTo(30, 20).Close().Build(), Blue),
        "nan-transform" => new DrawItem(Shapes.Rectangle(0, 0, 10, 10), Blue, Transform: new Affine(double.NaN, 0, 0, 1, 0, 0)),
        "infinite-transform" => new GroupItem([new DrawItem(Shapes.Rectangle(0, 0, 10, 10), Blue)], Affine.Scale(double.PositiveInfinity)),
        "singular-transform" => new DrawItem(Shapes.Rectangle(0, 0, 30, 30), Blue, Transform: Affine.Scale(0, 1)),
        "empty-path" => new DrawItem(Path.Empty, Blue),
        "nan-circle" => new DrawItem(Shapes.Circle(double.NaN, 10, 5), Blue),
        "infinite-radius" => new DrawItem(Shapes.Circle(10, 10, double.PositiveInfinity), Blue),
        "off-canvas-1e30" => new DrawItem(new PathBuilder().MoveTo(1e30, 1e30).LineTo(2e30, 1e30).LineTo(1e30, 2e30).Close().Build(), Blue),
        "nan-stroke-width" => new DrawItem(Shapes.Circle(10, 10, 5), Blue, Stroke: new StrokeStyle(double.NaN)),
        "nan-arc" => new DrawItem(new PathBuilder().MoveTo(3, 3).ArcTo(double.NaN, 4, 0, false, true, new Vec2(12, 12)).Close().Build(), Blue),
        _ => throw new ArgumentException(name, nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Bad))]
    public void A_degenerate_item_draws_nothing_and_leaves_the_rest_intact(string name)
    {
        SceneItem item;
        try
        {
            item = Make(name);
        }
        catch (ArgumentException)
        {
            return; // refused at the boundary: also a documented outcome
        }

        var expected = Render(With());
        byte[] actual = RunWithin(TimeSpan.FromSeconds(60), () => Render(With(item)));
        Assert.True(expected.AsSpan().SequenceEqual(actual), $"{name} changed the picture");
        Assert.True(expected.AsSpan().SequenceEqual(Render(With(item), threads: 3)), $"{name} changed the picture at 3 threads");
    }

    [Theory]
    [InlineData(double.NaN, 10)]
    [InlineData(10, double.PositiveInfinity)]
    [InlineData(0, 10)]
    [InlineData(-5, 10)]
    public void A_scene_size_that_is_not_positive_and_finite_is_an_argument_exception(double w, double h) =>
        Assert.ThrowsAny<ArgumentException>(() => new Scene(w, h, []));

    [Fact]
    public void Huge_coordinates_covering_the_canvas_fill_it_exactly_and_far_away_shapes_draw_nothing()
    {
        static Path Square(double s) => new PathBuilder().MoveTo(-s, -s).LineTo(s, -s).LineTo(s, s).LineTo(-s, s).Close().Build();
        var viaRect = Render(new Scene(W, H, [new DrawItem(Shapes.Rectangle(0, 0, W, H), Blue)]));
        Assert.Equal(viaRect, Render(new Scene(W, H, [new DrawItem(Square(1e8), Blue)])));
        Assert.Equal(viaRect, Render(new Scene(W, H, [new DrawItem(Square(1e30), Blue)])));
        Assert.Equal(viaRect, Render(new Scene(W, H, [new DrawItem(Square(1e300), Blue)])));
        var empty = Render(new Scene(W, H, []));
        Assert.Equal(empty, Render(new Scene(W, H, [new DrawItem(new PathBuilder().MoveTo(1e12, 1e12).LineTo(1e12 + 9, 1e12).LineTo(1e12, 1e12 + 9).Close().Build(), Blue)])));
        // A sliver of width ~1e−18 reaching 9.2e18 down (once an index out of range): nothing visible.
        Assert.Equal(empty, Render(new Scene(W, H, [new DrawItem(new PathBuilder().MoveTo(0, 9.2e18).LineTo(3, 0).LineTo(3, 3).Close().Build(), Blue)])));
    }

    [Fact]
    public void Ten_thousand_cubics_spanning_1e30_render_in_bounded_memory()
    {
        var b = new PathBuilder().MoveTo(0, 0);
        for (int i = 0; i < 10_000; i++)
        {
            b.CubicTo(1e30, -1e30, -1e30, 1e30, i % 2 == 0 ? 1e30 : -1e30, 5);
        }

        var scene = new Scene(W, H, [new DrawItem(b.Close().Build(), Blue)]);
        long before = GC.GetTotalAllocatedBytes();
        RunWithin(TimeSpan.FromSeconds(120), () => Render(scene));
        long allocated = GC.GetTotalAllocatedBytes() - before;
        Assert.True(allocated < 1L << 30, $"rendering allocated {allocated / (1 << 20)} MiB");
    }

    [Fact]
    public void Two_hundred_thousand_items_render_and_each_lands()
    {
        var items = new List<SceneItem>(200_000);
        for (int i = 0; i < 200_000; i++)
        {
            items.Add(new DrawItem(Shapes.Rectangle(i % W, (i / W) % H, 1, 1), i == 199_999 ? Red : Blue));
        }

        var pm = RunWithin(TimeSpan.FromSeconds(120), () => SceneRenderer.Render(new Scene(W, H, items), W, H, new RenderOptions { Threads = 2 }));
        int last = 199_999;
        var px = pm.Data.Slice(((((last / W) % H) * W) + (last % W)) * 4, 4).ToArray();
        Assert.Equal(new byte[] { 176, 40, 46, 255 }, px);
    }

    [Fact]
    public void Groups_nested_past_the_limit_are_an_argument_exception_and_at_the_limit_render()
    {
        SceneItem Nest(int depth)
        {
            SceneItem item = new DrawItem(Shapes.Rectangle(5, 5, 20, 12), Red);
            for (int d = 0; d < depth; d++)
            {
                item = new GroupItem([item], d % 7 == 0 ? Affine.Translate(0, 0) : null, d % 100 == 0 ? 0.999 : 1);
            }

            return item;
        }

        Assert.Throws<ArgumentException>(() => new Scene(W, H, [Nest(100_000)]));
        Assert.Throws<ArgumentException>(() => new Scene(W, H, [Nest(Scene.MaxGroupDepth + 1)]));
        var cyclic = new List<SceneItem>();
        cyclic.Add(new GroupItem(cyclic));
        Assert.Throws<ArgumentException>(() => new Scene(W, H, cyclic));
        var deep = new Scene(W, H, [Nest(Scene.MaxGroupDepth)]);
        RunWithin(TimeSpan.FromSeconds(60), () => Render(deep, threads: 2));
    }

    [Fact]
    public void Inverting_a_singular_transform_is_the_documented_exception()
    {
        Assert.Throws<InvalidOperationException>(() => Affine.Scale(0, 1).Invert());
        Assert.Throws<InvalidOperationException>(() => new Affine(double.NaN, 0, 0, 1, 0, 0).Invert());
        var flat = Shapes.Rectangle(0, 0, 10, 10).Transform(Affine.Scale(0, 1));
        Assert.True(flat.IsFinite);
        Assert.Equal(0, flat.ControlBounds.Width);
    }

    /// <summary>Runs on a worker thread (with a normal 1.5 MB stack) and fails if it does not finish in time.</summary>
    private static T RunWithin<T>(TimeSpan limit, Func<T> f)
    {
        var task = Task.Run(f);
        Assert.True(task.Wait(limit), $"did not finish within {limit.TotalSeconds} s (a hang)");
        return task.Result;
    }
}
