using Ornament.Geometry.Tests.Support;
using Ornament.Testing;

namespace Ornament.Geometry.Tests.Stroking;

public sealed class DasherTests
{
    private static readonly Path Line100 = new PathBuilder().MoveTo(0, 0).LineTo(100, 0).Build();

    [Theory]
    [InlineData(new[] { 10.0, 5 }, 0, new[] { 0.0, 10, 15, 25, 30, 40, 45, 55, 60, 70, 75, 85, 90, 100 })]
    [InlineData(new[] { 10.0, 5 }, 3, new[] { 0.0, 7, 12, 22, 27, 37, 42, 52, 57, 67, 72, 82, 87, 97 })]
    [InlineData(new[] { 10.0, 5 }, -3, new[] { 3.0, 13, 18, 28, 33, 43, 48, 58, 63, 73, 78, 88, 93, 100 })]
    [InlineData(new[] { 30.0 }, 0, new[] { 0.0, 30, 60, 90 })]
    [InlineData(new[] { 20.0, 10, 5 }, 0, new[] { 0.0, 20, 30, 35, 55, 65, 70, 90 })]
    [InlineData(new[] { 10.0, 5 }, 30, new[] { 0.0, 10, 15, 25, 30, 40, 45, 55, 60, 70, 75, 85, 90, 100 })]
    public void Straight_line_is_cut_where_svg_cuts_it(double[] dashes, double offset, double[] expected)
    {
        var flat = Flattener.Flatten(Dasher.Dash(Line100, dashes, offset, 0.1), Affine.Identity);
        var ends = new List<double>();
        for (int c = 0; c < flat.ContourCount; c++)
        {
            Assert.False(flat.IsClosed(c));
            ends.Add(flat.Contour(c)[0].X);
            ends.Add(flat.Contour(c)[^1].X);
        }

        Assert.Equal(expected.Length, ends.Count);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], ends[i], 9);
        }
    }

    [Theory]
    [InlineData(new double[0])]
    [InlineData(new[] { 0.0, 0 })]
    [InlineData(new[] { 5.0, -1 })]
    [InlineData(new[] { 5.0, double.NaN })]
    [InlineData(new[] { 1e-9, 1e-9 })] // 1e11 dashes: too many, stays solid
    public void Patterns_svg_treats_as_solid_return_the_input(double[] dashes)
    {
        Assert.Same(Line100, Dasher.Dash(Line100, dashes, 0, 0.1));
        var solid = Stroker.Stroke(Line100, new StrokeStyle(4));
        var dashed = Stroker.Stroke(Line100, new StrokeStyle(4, Dashes: dashes));
        Assert.Equal(solid.Points.ToArray(), dashed.Points.ToArray());
    }

    [Fact]
    public void Dashes_keep_the_corners_they_span()
    {
        var l = new PathBuilder().MoveTo(0, 0).LineTo(10, 0).LineTo(10, 10).Build();
        var flat = Flattener.Flatten(Dasher.Dash(l, [6, 2], 0, 0.1), Affine.Identity);
        Assert.Equal(3, flat.ContourCount); // [0,6] [8,14] [16,20]
        Assert.Equal([new Vec2(8, 0), new Vec2(10, 0), new Vec2(10, 4)], flat.Contour(1).ToArray());
    }

    [Fact]
    public void On_a_closed_contour_the_last_dash_runs_into_the_first()
    {
        var square = Geometry.Shapes.Rectangle(0, 0, 10, 10); // perimeter 40, starts at (0,0) going +x
        var flat = Flattener.Flatten(Dasher.Dash(square, [30, 5], 0, 0.1), Affine.Identity);
        Assert.Equal(1, flat.ContourCount); // [35,40] + [0,30] as one dash through the start corner
        Assert.Equal(35, PathMath.Length(flat), 9);
        Assert.Equal(new Vec2(0, 5), flat.Contour(0)[0]);
        Assert.Contains(new Vec2(0, 0), flat.Contour(0).ToArray());
        Assert.Equal(new Vec2(0, 10), flat.Contour(0)[^1]);
    }

    [Fact]
    public void A_pattern_longer_than_a_closed_contour_leaves_it_closed()
    {
        var square = Geometry.Shapes.Rectangle(0, 0, 10, 10);
        var flat = Flattener.Flatten(Dasher.Dash(square, [100, 5], 0, 0.1), Affine.Identity);
        Assert.Equal(1, flat.ContourCount);
        Assert.True(flat.IsClosed(0));
        Assert.Equal(4, flat.Contour(0).Length);
    }

    [Fact]
    public void Each_contour_restarts_the_pattern()
    {
        var two = new PathBuilder().MoveTo(0, 0).LineTo(7, 0).MoveTo(0, 10).LineTo(7, 10).Build();
        var flat = Flattener.Flatten(Dasher.Dash(two, [5, 5], 0, 0.1), Affine.Identity);
        Assert.Equal(2, flat.ContourCount);
        Assert.Equal(new Vec2(0, 10), flat.Contour(1)[0]);
        Assert.Equal(new Vec2(5, 10), flat.Contour(1)[^1]);
    }

    [Fact]
    public void Zero_length_dashes_become_round_dots()
    {
        var style = new StrokeStyle(4, LineJoin.Round, LineCap.Round, Dashes: [0, 10]);
        var outline = Flattener.Flatten(Stroker.Stroke(Line100, style, 0.05), Affine.Identity);
        for (int k = 0; k <= 10; k++)
        {
            Assert.NotEqual(0, PathMath.Winding(outline, new Vec2(k * 10, 0.5)));
            Assert.Equal(0, PathMath.Winding(outline, new Vec2((k * 10) + 5, 0)));
        }

        Assert.Equal(0, PathMath.Winding(outline, new Vec2(102.5, 0)));
    }

    [Fact]
    public void Points_in_gaps_are_outside_the_dashed_stroke()
    {
        var rng = new TestRandom(0xDA5);
        var style = new StrokeStyle(6, LineJoin.Miter, LineCap.Butt, Dashes: [7, 4], DashOffset: 2);
        var outline = Flattener.Flatten(Stroker.Stroke(Line100, style), Affine.Identity);
        for (int s = 0; s < 4000; s++)
        {
            var p = new Vec2(rng.NextDouble(-5, 105), rng.NextDouble(-5, 5));
            double phase = ((p.X + 2) % 11 + 11) % 11; // position within the dash pattern
            bool inDash = p.X >= 0 && p.X <= 100 && phase <= 7 && Math.Abs(p.Y) <= 3;
            double margin = Math.Min(Math.Min(Math.Abs(phase), Math.Abs(phase - 7)), Math.Min(Math.Abs(11 - phase), Math.Abs(Math.Abs(p.Y) - 3)));
            margin = Math.Min(margin, Math.Min(Math.Abs(p.X), Math.Abs(p.X - 100)));
            if (margin > 0.01)
            {
                Assert.Equal(inDash, PathMath.Winding(outline, p) != 0);
            }
        }
    }

    [Fact]
    public void Dashed_random_strokes_match_the_oracle_on_their_dashes()
    {
        var rng = new TestRandom(0xDA54);
        for (int i = 0; i < 27; i++)
        {
            var b = new PathBuilder().MoveTo(rng.NextPoint(0, 100));
            int n = rng.NextInt(1, 6);
            for (int k = 0; k < n; k++)
            {
                b.LineTo(rng.NextPoint(0, 100));
            }

            if (rng.NextBool(0.3))
            {
                b.Close();
            }

            var path = b.Build();
            double[] dashes = [rng.NextDouble(0, 30), rng.NextDouble(1, 20), rng.NextDouble(0, 10)];
            var style = new StrokeStyle(rng.NextDouble(1, 10), (LineJoin)(i % 3), (LineCap)(i / 3 % 3), 4, dashes, rng.NextDouble(-50, 50));
            var pieces = Flattener.Flatten(Dasher.Dash(path, dashes, style.DashOffset, 0.1), Affine.Identity);
            var centre = new List<(IReadOnlyList<Vec2>, bool)>();
            for (int c = 0; c < pieces.ContourCount; c++)
            {
                centre.Add((StrokerTests.Dedupe(pieces.Contour(c).ToArray(), pieces.IsClosed(c)), pieces.IsClosed(c)));
            }

            // The dash lengths add up: the pieces cover the path's length times the drawn fraction, roughly.
            var outline = Flattener.Flatten(Stroker.Stroke(path, style, 0.1), Affine.Identity);
            StrokerTests.CheckAgainstOracle(outline, centre, style, rng, 1500);
        }
    }
}
