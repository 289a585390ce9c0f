using Ornament.Geometry;
using Ornament.Generators.Landscape;
using Ornament.Paint;

namespace Ornament.Generators.Tests.Landscape;

/// <summary><see cref="StrokeBuckets"/> merges bucket by bucket in parallel after all strokes are in; the paths must be
/// those of the plain rule applied one stroke at a time, as each arrives.</summary>
public class StrokeMergeTests
{
    private const double W = 400, H = 200;

    [Fact]
    public void Parallel_merging_gives_the_paths_of_merging_stroke_by_stroke()
    {
        var rng = new SeededRandom(42);
        var strokes = new List<(int Group, Oklab Color, Vec2[] Points, double R)>();
        var colors = new[] { new Oklab(0.6, 0.02, -0.08), new Oklab(0.7, -0.05, 0.04), new Oklab(0.45, 0.01, 0.01) };
        for (int i = 0; i < 3000; i++)
        {
            var p = new Vec2(rng.Range(0, W), rng.Range(0, H));
            int n = 1 + rng.Next(0, 5);
            var pts = new Vec2[n];
            double a = rng.Range(0, Math.PI * 2);
            for (int k = 0; k < n; k++)
            {
                pts[k] = p;
                p += Vec2.FromAngle(a + (0.3 * k)) * rng.Range(1, 6);
            }

            strokes.Add((rng.Next(0, 2), colors[rng.Next(0, colors.Length)], pts, rng.Range(0.5, 4)));
        }

        var buckets = new StrokeBuckets(W, H);
        foreach (var s in strokes)
        {
            buckets.AddStroke(s.Group, s.Color, s.Points, s.R);
        }

        var expected = Reference(strokes);
        Assert.Equal(expected.Count, buckets.PathCount);
        Assert.True(expected.Count(p => p.Strokes.Count > 1) > 100, "too few merged paths to test anything");
        foreach (int group in new[] { 0, 1 })
        {
            var items = buckets.Items(group).Cast<DrawItem>().ToList();
            var want = expected.Where(p => p.Group == group).ToList();
            Assert.Equal(want.Count, items.Count);
            for (int i = 0; i < items.Count; i++)
            {
                var poly = new List<Vec2>();
                foreach (int s in want[i].Strokes)
                {
                    StrokeOutline.Polygon(strokes[s].Points, strokes[s].R, poly);
                }

                Assert.True(poly.SequenceEqual(items[i].Path.Points.ToArray()), $"path {i} of group {group}");
                Assert.Equal(want[i].Strokes.Count, items[i].Path.Contours().Count);
                Assert.Equal(StrokeBuckets.Quantise(strokes[want[i].Strokes[0]].Color).ToSrgb(), ((SolidPaint)items[i].Paint).Color);
            }
        }
    }

    // The rule as stated: a bucket (group, colour cell, tile of the first point) keeps up to four open paths; a stroke
    // joins the first whose strokes' bounds it does not meet, else starts a path (closing the oldest of four); a path
    // of six strokes closes.
    private static List<(int Group, List<int> Strokes)> Reference(List<(int Group, Oklab Color, Vec2[] Points, double R)> strokes)
    {
        var paths = new List<(int Group, List<int> Strokes)>();
        var open = new Dictionary<string, List<int>>();
        for (int id = 0; id < strokes.Count; id++)
        {
            var (group, c, pts, r) = strokes[id];
            var q = StrokeBuckets.Quantise(c);
            int tx = Math.Clamp((int)(pts[0].X / W * 16), 0, 15), ty = Math.Clamp((int)(pts[0].Y / H * 8), 0, 7);
            string key = FormattableString.Invariant($"{group}/{tx},{ty}/{q.L:F4},{q.A:F4},{q.B:F4}");
            if (!open.TryGetValue(key, out var list))
            {
                open[key] = list = [];
            }

            var box = Box(pts, r);
            int path = list.FirstOrDefault(p => paths[p].Strokes.All(s => !Meets(Box(strokes[s].Points, strokes[s].R), box)), -1);
            if (path < 0)
            {
                if (list.Count == 4)
                {
                    list.RemoveAt(0);
                }

                list.Add(paths.Count);
                paths.Add((group, [id]));
                continue;
            }

            paths[path].Strokes.Add(id);
            if (paths[path].Strokes.Count == 6)
            {
                list.Remove(path);
            }
        }

        return paths;
    }

    private static Rect Box(Vec2[] pts, double r) =>
        new Rect(pts.Min(p => p.X) - r, pts.Min(p => p.Y) - r, pts.Max(p => p.X) + r, pts.Max(p => p.Y) + r);

    private static bool Meets(Rect a, Rect b) => a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;
}
