using Ornament.Geometry.Tests.Support;
using Ornament.Testing;

namespace Ornament.Geometry.Tests.Paths;

public sealed class ArcConversionTests
{
    [Fact]
    public void Arcs_given_by_their_centre_lie_on_their_ellipse_and_cover_the_right_angles()
    {
        var rng = new TestRandom(0xA4C);
        for (int i = 0; i < 300; i++)
        {
            var c = rng.NextPoint(-100, 100);
            double rx = rng.NextDouble(1, 200), ry = rng.NextDouble(1, 200);
            double rotation = rng.NextDouble(-180, 180);
            double theta1 = rng.NextDouble(-Math.PI, Math.PI);
            double sweep = rng.NextDouble(0.05, 2 * Math.PI - 0.05) * (rng.NextBool() ? 1 : -1);
            var ellipse = new Ellipse(c, rx, ry, rotation * Math.PI / 180);
            var start = ellipse.At(theta1);
            var end = ellipse.At(theta1 + sweep);

            var path = new PathBuilder().MoveTo(start)
                .ArcTo(rx, ry, rotation, Math.Abs(sweep) > Math.PI, sweep > 0, end).Build();
            Assert.Equal(end, path.Points[^1]);

            var samples = PathMath.Sample(path, Affine.Identity, 64);
            foreach (var p in samples)
            {
                Assert.InRange(ellipse.RelativeRadius(p), 1 - 1e-3, 1 + 1e-3);
            }

            // The arc passes through the ellipse point halfway along the requested sweep, so the flags picked the
            // right one of the four candidate arcs.
            var middle = ellipse.At(theta1 + (sweep / 2));
            double nearest = samples.Min(p => Vec2.Distance(p, middle));
            Assert.True(nearest < 0.05 * Math.Max(rx, ry), $"case {i}: arc misses its midpoint by {nearest}");
        }
    }

    [Fact]
    public void Radii_too_small_for_the_endpoints_are_scaled_up_to_a_half_ellipse()
    {
        var path = new PathBuilder().MoveTo(0, 0).ArcTo(1, 1, 0, false, true, new Vec2(10, 0)).Build();
        var samples = PathMath.Sample(path, Affine.Identity, 50);
        foreach (var p in samples)
        {
            Assert.InRange(Vec2.Distance(p, new Vec2(5, 0)), 5 * (1 - 1e-3), 5 * (1 + 1e-3));
        }

        // The centre is (5, 0); sweep = increasing angle, from π through 3π/2, i.e. through (5, −5).
        Assert.Contains(samples, p => Vec2.Distance(p, new Vec2(5, -5)) < 0.05);
    }

    [Fact]
    public void The_four_flag_combinations_give_four_distinct_arcs()
    {
        var a = new Vec2(0, 0);
        var b = new Vec2(10, 0);
        const double r = 10;
        double small = r * 2 * Math.Asin(0.5);
        double large = (2 * Math.PI * r) - small;
        var centres = new[] { new Vec2(5, Math.Sqrt(75)), new Vec2(5, -Math.Sqrt(75)) };
        var midpoints = new List<Vec2>();
        foreach (bool largeArc in new[] { false, true })
        {
            foreach (bool sweep in new[] { false, true })
            {
                var path = new PathBuilder().MoveTo(a).ArcTo(r, r, 0, largeArc, sweep, b).Build();
                var flat = Flattener.Flatten(path, Affine.Identity, 1e-4);
                Assert.Equal(largeArc ? large : small, PathMath.Length(flat), 2);

                // SVG: large == sweep puts the centre on one side, large != sweep on the other.
                var centre = centres[largeArc == sweep ? 1 : 0];
                foreach (var p in flat.Points)
                {
                    Assert.Equal(r, Vec2.Distance(p, centre), 2);
                }

                midpoints.Add(flat.Points[flat.PointCount / 2]);
            }
        }

        for (int i = 0; i < midpoints.Count; i++)
        {
            for (int j = i + 1; j < midpoints.Count; j++)
            {
                Assert.True(Vec2.Distance(midpoints[i], midpoints[j]) > 1, $"arcs {i} and {j} coincide");
            }
        }
    }

    [Fact]
    public void Degenerate_arcs_follow_the_svg_rules()
    {
        var same = new PathBuilder().MoveTo(3, 3).ArcTo(5, 5, 0, false, false, new Vec2(3, 3)).Build();
        Assert.DoesNotContain(PathVerb.CubicTo, same.Verbs.ToArray()); // F.6.2: identical endpoints omit the arc.

        var zeroRadius = new PathBuilder().MoveTo(0, 0).ArcTo(0, 5, 0, false, false, new Vec2(4, 0)).Build();
        foreach (var p in PathMath.Sample(zeroRadius, Affine.Identity, 20))
        {
            Assert.Equal(0, p.Y, 12);
        }
    }

    private readonly record struct Ellipse(Vec2 Centre, double Rx, double Ry, double Phi)
    {
        public Vec2 At(double theta)
        {
            double x = Rx * Math.Cos(theta), y = Ry * Math.Sin(theta);
            return Centre + new Vec2((x * Math.Cos(Phi)) - (y * Math.Sin(Phi)), (x * Math.Sin(Phi)) + (y * Math.Cos(Phi)));
        }

        public double RelativeRadius(Vec2 p)
        {
            var d = p - Centre;
            double x = (d.X * Math.Cos(Phi)) + (d.Y * Math.Sin(Phi));
            double y = (-d.X * Math.Sin(Phi)) + (d.Y * Math.Cos(Phi));
            return Math.Sqrt(((x / Rx) * (x / Rx)) + ((y / Ry) * (y / Ry)));
        }
    }
}
