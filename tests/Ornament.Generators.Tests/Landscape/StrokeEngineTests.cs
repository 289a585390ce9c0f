using Ornament.Geometry;
using Ornament.Generators.Landscape;
using Ornament.Paint;

namespace Ornament.Generators.Tests.Landscape;

public class StrokeEngineTests
{
    [Fact]
    public void Strokes_sharing_a_path_never_overlap()
    {
        var scene = LandscapeGenerator.Generate(new LandscapeOptions { Scene = SceneKind.Mountains, Seed = SeedPath.FromText("merge"), Bristles = true });
        int merged = 0;
        foreach (var d in Draws(scene.Items))
        {
            var boxes = new List<Rect>();
            foreach (var c in d.Path.Contours())
            {
                boxes.Add(c.ControlBounds);
            }

            for (int i = 0; i < boxes.Count; i++)
            {
                for (int j = i + 1; j < boxes.Count; j++)
                {
                    var (a, b) = (boxes[i], boxes[j]);
                    Assert.False(a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom, $"contours {i} and {j} of one path overlap");
                }
            }

            merged += boxes.Count > 1 ? 1 : 0;
        }

        Assert.True(merged > 100, $"only {merged} paths hold more than one stroke");
    }

    [Fact]
    public void Straight_sides_drop_their_middle_points_and_bent_sides_keep_them()
    {
        const double r = 4;
        var straight = new List<Vec2>();
        StrokeOutline.Polygon([new(0, 0), new(10, 0), new(20, 0), new(30, 0), new(40, 0)], r, straight);
        var bent = new List<Vec2>();
        StrokeOutline.Polygon([new(0, 0), new(10, 0), new(17, 7), new(17, 17), new(10, 24)], r, bent);
        int caps = 2 * (StrokeOutline.CapSegments(r) - 1);
        // Per side: the first point and the three piece ends, plus the three piece middles where the side bends.
        Assert.Equal((2 * 4) + caps, straight.Count);
        Assert.Equal((2 * (4 + 3)) + caps, bent.Count);

        // Every side vertex of the straight stroke lies on the offset lines y = ±r.
        Assert.All(straight.Where(p => p.X >= 0 && p.X <= 40), p => Assert.Equal(r, Math.Abs(p.Y), 9));
    }

    [Fact]
    public void Dropped_middle_points_stay_within_the_tolerance_of_the_spline()
    {
        // A gently curving centreline: the outline with adaptive sides against the same outline with every middle kept.
        var pts = new Vec2[11];
        for (int i = 0; i < pts.Length; i++)
        {
            double a = i * 0.04;
            pts[i] = new Vec2(100 * Math.Sin(a), 100 * (1 - Math.Cos(a)));
        }

        var poly = new List<Vec2>();
        StrokeOutline.Polygon(pts, 3, poly);
        var full = new List<Vec2>();
        FullSides(pts, 3, full);
        Assert.True(poly.Count < full.Count, $"{poly.Count} outline points, {full.Count} side samples: no middle was dropped");
        foreach (var q in full)
        {
            double best = double.MaxValue;
            for (int i = 0; i < poly.Count; i++)
            {
                best = Math.Min(best, DistanceToSegment(q, poly[i], poly[(i + 1) % poly.Count]));
            }

            Assert.True(best <= 0.12 + 1e-9, $"spline point {q} is {best} from the outline");
        }
    }

    // The sides sampled at every piece's middle, as the outline did before the bend test.
    private static void FullSides(Vec2[] pts, double r, List<Vec2> into)
    {
        int n = pts.Length;
        foreach (int sign in new[] { 1, -1 })
        {
            var side = new Vec2[n];
            for (int i = 0; i < n; i++)
            {
                var t = (pts[Math.Min(n - 1, i + 1)] - pts[Math.Max(0, i - 1)]).Normalized();
                side[i] = pts[i] + (t.Perpendicular * (r * sign));
            }

            var start = side[0];
            for (int k = 1; k < n - 1; k++)
            {
                var end = k == n - 2 ? side[n - 1] : (side[k] + side[k + 1]) * 0.5;
                into.Add((start * 0.25) + (side[k] * 0.5) + (end * 0.25));
                into.Add(end);
                start = end;
            }
        }
    }

    private static double DistanceToSegment(Vec2 p, Vec2 a, Vec2 b)
    {
        var d = b - a;
        double t = d.LengthSquared > 0 ? Math.Clamp(Vec2.Dot(p - a, d) / d.LengthSquared, 0, 1) : 0;
        return (p - (a + (d * t))).Length;
    }

    private static IEnumerable<DrawItem> Draws(IReadOnlyList<SceneItem> items)
    {
        foreach (var it in items)
        {
            if (it is GroupItem g && g.Name is not ("props" or "celestial"))
            {
                foreach (var d in Draws(g.Items))
                {
                    yield return d;
                }
            }
            else if (it is DrawItem d)
            {
                yield return d;
            }
        }
    }
}
