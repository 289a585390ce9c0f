using Ornament.Encode.Svg;
using Ornament.Geometry;

namespace Ornament.Encode.Tests.Svg;

public class PathDataTests
{
    private static (PathVerb[] Verbs, Vec2[] Points) P(string d)
    {
        var p = PathData.Parse(d);
        return (p.Verbs.ToArray(), p.Points.ToArray());
    }

    private static void Near(Vec2 expected, Vec2 actual, double tol = 1e-9) =>
        Assert.True(Vec2.Distance(expected, actual) <= tol, $"expected ({expected.X}, {expected.Y}), got ({actual.X}, {actual.Y})");

    [Fact]
    public void Absolute_and_relative_move_line_with_implicit_lineto()
    {
        var (v, p) = P("M10 20 30 40 m5 5 10 0");
        Assert.Equal([PathVerb.MoveTo, PathVerb.LineTo, PathVerb.MoveTo, PathVerb.LineTo], v);
        Near(new(10, 20), p[0]);
        Near(new(30, 40), p[1]);
        Near(new(35, 45), p[2]); // m is relative to the current point
        Near(new(45, 45), p[3]); // implicit l after m
    }

    [Fact]
    public void Horizontal_vertical_both_cases()
    {
        var (_, p) = P("M1 1H5V7h-2v-3");
        Assert.Equal([new Vec2(1, 1), new Vec2(5, 1), new Vec2(5, 7), new Vec2(3, 7), new Vec2(3, 4)], p);
    }

    [Fact]
    public void Compact_numbers_parse_per_svg_grammar()
    {
        var (_, p) = P("M.5.5L-.5-1l1e-3,2E1");
        Near(new(0.5, 0.5), p[0]);
        Near(new(-0.5, -1), p[1]);
        Near(new(-0.499, 19), p[2]);
    }

    [Fact]
    public void Cubic_and_smooth_cubic_reflect_the_control_point()
    {
        var (v, p) = P("M0 0C10 0 20 10 20 20S30 40 40 40s10-10 20 0");
        Assert.Equal([PathVerb.MoveTo, PathVerb.CubicTo, PathVerb.CubicTo, PathVerb.CubicTo], v);
        Near(new(20, 30), p[4]); // reflection of (20,10) about (20,20)
        Near(new(30, 40), p[5]);
        Near(new(40, 40), p[6]);
        Near(new(50, 40), p[7]); // reflection of (30,40) about (40,40)
        Near(new(50, 30), p[8]); // relative to (40,40)
        Near(new(60, 40), p[9]);
    }

    [Fact]
    public void Smooth_cubic_without_previous_cubic_uses_current_point()
    {
        var (_, p) = P("M5 5S10 10 20 5");
        Near(new(5, 5), p[1]);
    }

    [Fact]
    public void Quadratic_and_smooth_quadratic()
    {
        var (v, p) = P("M0 0Q10 10 20 0T40 0t20 0q5 5 10 0");
        Assert.Equal([PathVerb.MoveTo, PathVerb.QuadTo, PathVerb.QuadTo, PathVerb.QuadTo, PathVerb.QuadTo], v);
        Near(new(30, -10), p[3]);
        Near(new(40, 0), p[4]);
        Near(new(50, 10), p[5]);
        Near(new(60, 0), p[6]);
        Near(new(65, 5), p[7]);
        Near(new(70, 0), p[8]);
    }

    [Fact]
    public void Arc_half_circle_passes_through_the_expected_midpoint()
    {
        // From (0,0) to (20,0), radius 10, sweep=1: in y-down coordinates the positive-angle direction goes
        // through (10,10)? The centre is (10,0); starting at angle π, sweep increases the angle → 3π/2 → (10,-10).
        var path = PathData.Parse("M0 0A10 10 0 0 1 20 0");
        Assert.Equal(PathVerb.CubicTo, path.Verbs[1]);
        var flat = Flattener.Flatten(path, Affine.Identity, 0.001);
        var pts = flat.Contour(0).ToArray();
        Assert.Contains(pts, q => Vec2.Distance(q, new Vec2(10, -10)) < 0.05);
        Near(new(20, 0), pts[^1]);
        Assert.All(pts, q => Assert.InRange(Vec2.Distance(q, new Vec2(10, 0)), 9.99, 10.01));
    }

    [Fact]
    public void Relative_arc_with_packed_flags()
    {
        var path = PathData.Parse("M10 10a5 5 0 1020 0");
        var flat = Flattener.Flatten(path, Affine.Identity, 0.001).Contour(0).ToArray();
        // large=1, sweep=0, from (10,10) to (30,10) with radius scaled up to 10: centre (20,10), passes (20,20).
        Assert.Contains(flat, q => Vec2.Distance(q, new Vec2(20, 20)) < 0.05);
        Near(new(30, 10), flat[^1]);
    }

    [Fact]
    public void Close_returns_to_start_and_next_relative_command_starts_there()
    {
        var (v, p) = P("M10 10l10 0 0 10zl5 5Z");
        Assert.Equal([PathVerb.MoveTo, PathVerb.LineTo, PathVerb.LineTo, PathVerb.Close, PathVerb.MoveTo, PathVerb.LineTo, PathVerb.Close], v);
        Near(new(10, 10), p[3]);
        Near(new(15, 15), p[4]);
    }

    [Theory]
    [InlineData("L10 10")]
    [InlineData("M10")]
    [InlineData("M1 1Q1")]
    [InlineData("M0 0A1 1 0 2 1 3 3")]
    [InlineData("M0 0X1")]
    [InlineData("M0 0Z 5 5")]
    [InlineData("M1 1L2 2e")]
    public void Malformed_data_is_rejected_with_an_excerpt(string d)
    {
        var e = Assert.Throws<FormatException>(() => PathData.Parse(d));
        Assert.Contains("bad path data near", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writer_is_compact_and_round_trips()
    {
        var path = new PathBuilder().MoveTo(0.1, -0.0001).LineTo(10, -2.5).QuadTo(1, 2, 3, 4).CubicTo(5, 6, 7, 8, 9.12345, 10).Close().Build();
        string d = PathData.Write(path, 3);
        Assert.Equal("M0.1 0L10-2.5Q1 2 3 4C5 6 7 8 9.123 10Z", d);
        var back = PathData.Parse(d);
        Assert.Equal(path.Verbs.ToArray(), back.Verbs.ToArray());
    }
}
