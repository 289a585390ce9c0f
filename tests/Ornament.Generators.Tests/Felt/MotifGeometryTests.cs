using Ornament.Generators.Felt;
using Ornament.Geometry;

namespace Ornament.Generators.Tests.Felt;

public class MotifGeometryTests
{
    public static TheoryData<string> Ids()
    {
        var d = new TheoryData<string>();
        foreach (var m in MotifCatalog.All)
        {
            d.Add(m.Id);
        }

        return d;
    }

    [Fact]
    public void Catalogue_has_at_least_twenty_default_motifs_horns_first()
    {
        Assert.True(MotifCatalog.DefaultPool.Count >= 20, $"{MotifCatalog.DefaultPool.Count} motifs");
        Assert.Equal(["koshkar_muiz", "kos_muiz", "synar_muiz", "synyq_muiz", "tort_muiz"], MotifCatalog.All.Take(5).Select(m => m.Id));
        Assert.DoesNotContain(MotifCatalog.DefaultPool, m => m.Usage == MotifUsage.Restricted);
        Assert.Equal(MotifCatalog.All.Count, MotifCatalog.All.Select(m => m.Id).Distinct().Count());
        foreach (var m in MotifCatalog.All)
        {
            Assert.Matches("^[a-z_]+$", m.Id);
            Assert.False(string.IsNullOrWhiteSpace(m.KazakhName));
            Assert.False(string.IsNullOrWhiteSpace(m.Meaning));
            Assert.NotEmpty(m.Parameters);
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Motif_is_closed_finite_inside_frame_and_not_self_overlapping_at_every_range_end(string id)
    {
        var m = MotifCatalog.Get(id);
        foreach (var values in Corners(m))
        {
            var shape = m.Shape(values);
            string where = $"{id} {string.Join(",", values.Select(kv => $"{kv.Key}={kv.Value}"))}";
            Assert.NotEmpty(shape.Contours);
            double area = 0;
            foreach (var c in shape.Contours)
            {
                Assert.True(c.Length >= 3, where);
                foreach (var p in c)
                {
                    Assert.True(p.IsFinite, where);
                    Assert.True(Math.Abs(p.X) <= 1 && Math.Abs(p.Y) <= 1, $"{where}: ({p.X}, {p.Y}) outside the frame");
                }

                area += Contours.SignedArea(c);
            }

            Assert.True(Math.Abs(area) > 0.3, $"{where}: area {area}");
            // Pieces are cut from one sheet: no contour may cross itself or another.
            var cross = FirstCrossing(shape.Contours);
            Assert.True(cross is null, $"{where}: contours cross at ({cross?.X}, {cross?.Y})");
            // Every contour of the fill is closed (Close verb) in the path.
            var path = shape.Fill;
            int moves = 0, closes = 0;
            foreach (var v in path.Verbs)
            {
                moves += v == PathVerb.MoveTo ? 1 : 0;
                closes += v == PathVerb.Close ? 1 : 0;
            }

            Assert.Equal(moves, closes);
        }
    }

    internal static IEnumerable<Dictionary<string, double>> Corners(MotifDefinition m)
    {
        yield return m.Parameters.ToDictionary(p => p.Name, p => p.Default);
        yield return m.Parameters.ToDictionary(p => p.Name, p => p.Min);
        yield return m.Parameters.ToDictionary(p => p.Name, p => p.Max);
        for (int i = 0; i < m.Parameters.Count; i++)
        {
            foreach (bool hi in new[] { false, true })
            {
                var d = m.Parameters.ToDictionary(p => p.Name, p => p.Default);
                d[m.Parameters[i].Name] = hi ? m.Parameters[i].Max : m.Parameters[i].Min;
                yield return d;
            }
        }
    }

    internal static Vec2? FirstCrossing(IReadOnlyList<Vec2[]> contours)
    {
        var segs = new List<(Vec2 A, Vec2 B, int C, int I, int N)>();
        for (int c = 0; c < contours.Count; c++)
        {
            var k = contours[c];
            for (int i = 0; i < k.Length; i++)
            {
                segs.Add((k[i], k[(i + 1) % k.Length], c, i, k.Length));
            }
        }

        for (int s = 0; s < segs.Count; s++)
        {
            for (int t = s + 1; t < segs.Count; t++)
            {
                var a = segs[s];
                var b = segs[t];
                if (a.C == b.C && (Math.Abs(a.I - b.I) <= 1 || Math.Abs(a.I - b.I) == a.N - 1))
                {
                    continue;
                }

                if (Properly(a.A, a.B, b.A, b.B))
                {
                    return a.A;
                }
            }
        }

        return null;
    }

    private static bool Properly(Vec2 p1, Vec2 p2, Vec2 q1, Vec2 q2)
    {
        double d1 = Vec2.Cross(q2 - q1, p1 - q1), d2 = Vec2.Cross(q2 - q1, p2 - q1);
        double d3 = Vec2.Cross(p2 - p1, q1 - p1), d4 = Vec2.Cross(p2 - p1, q2 - p1);
        const double eps = 1e-12;
        return ((d1 > eps && d2 < -eps) || (d1 < -eps && d2 > eps)) && ((d3 > eps && d4 < -eps) || (d3 < -eps && d4 > eps));
    }
}
