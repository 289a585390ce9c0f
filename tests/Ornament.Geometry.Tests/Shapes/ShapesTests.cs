using Ornament.Geometry.Tests.Support;

namespace Ornament.Geometry.Tests.Shapes;

public sealed class ShapesTests
{
    // Four-cubic circles bulge outwards by at most 0.0273 % of the radius.
    private const double CubicCircleBulge = 2.8e-4;

    [Theory]
    [InlineData(1, 0.1)]
    [InlineData(10, 0.1)]
    [InlineData(100, 0.1)]
    [InlineData(300, 0.25)]
    public void Circle_area_matches_pi_r_squared_within_the_flattening_bound(double r, double tolerance)
    {
        var flat = Flattener.Flatten(Geometry.Shapes.Circle(new Vec2(7, -3), r), Affine.Identity, tolerance);
        double area = Math.Abs(PathMath.SignedArea(flat));
        double inner = Math.PI * Math.Pow(r - tolerance, 2);
        double outer = Math.PI * Math.Pow(r * (1 + CubicCircleBulge), 2);
        Assert.InRange(area, inner, outer);
        Assert.True(PathMath.SignedArea(flat) > 0, "circles run clockwise on screen (positive shoelace in y-down)");
    }

    [Theory]
    [InlineData(3)]
    [InlineData(6)]
    [InlineData(13)]
    public void Regular_polygon_has_one_vertex_per_side_on_the_circle(int sides)
    {
        var c = new Vec2(10, 20);
        var flat = Flattener.Flatten(Geometry.Shapes.RegularPolygon(c, 5, sides), Affine.Identity);
        Assert.Equal(sides, flat.PointCount);
        Assert.True(flat.IsClosed(0));
        foreach (var p in flat.Points)
        {
            Assert.Equal(5, Vec2.Distance(p, c), 12);
        }

        Assert.Equal(10, flat.Points[0].X, 12); // first vertex straight up by default
        Assert.Equal(15, flat.Points[0].Y, 12);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(8)]
    public void Star_alternates_between_two_radii(int points)
    {
        var c = new Vec2(0, 0);
        var flat = Flattener.Flatten(Geometry.Shapes.Star(c, 10, 4, points), Affine.Identity);
        Assert.Equal(2 * points, flat.PointCount);
        for (int i = 0; i < flat.PointCount; i++)
        {
            Assert.Equal(i % 2 == 0 ? 10 : 4, Vec2.Distance(flat.Points[i], c), 12);
        }
    }

    [Fact]
    public void Too_few_sides_or_points_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Geometry.Shapes.RegularPolygon(default, 1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Geometry.Shapes.Star(default, 1, 0.5, 1));
    }

    [Fact]
    public void Rounded_rectangle_radius_is_clamped_to_half_the_shorter_side()
    {
        var path = Geometry.Shapes.RoundedRectangle(0, 0, 40, 20, 100);
        var flat = Flattener.Flatten(path, Affine.Identity, 0.01);
        var bounds = flat.Bounds;
        Assert.Equal(0, bounds.Left, 9);
        Assert.Equal(40, bounds.Right, 9);
        Assert.Equal(0, bounds.Top, 9);
        Assert.Equal(20, bounds.Bottom, 9);

        // A stadium: radius 10, area 40·20 − (4 − π)·10².
        double expected = (40 * 20) - ((4 - Math.PI) * 100);
        Assert.InRange(Math.Abs(PathMath.SignedArea(flat)), expected - (60 * 0.01 * 2), expected + 0.5);
    }

    [Fact]
    public void Rounded_rectangle_with_zero_radius_is_the_rectangle()
    {
        var path = Geometry.Shapes.RoundedRectangle(1, 2, 3, 4, 0);
        Assert.Equal(Geometry.Shapes.Rectangle(1, 2, 3, 4).Points.ToArray(), path.Points.ToArray());
    }
}
