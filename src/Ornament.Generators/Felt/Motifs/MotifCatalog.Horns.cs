using Ornament.Geometry;
using static Ornament.Generators.Felt.MotifParts;

namespace Ornament.Generators.Felt;

/// <summary>The horn family (мүйіз), the leitmotif of Kazakh ornament.</summary>
internal static partial class MotifCatalog
{
    private static IEnumerable<MotifDefinition> Horns()
    {
        yield return new MotifDefinition("koshkar_muiz", "қошқар мүйіз", "ram's horn",
            "two spirals from one stem; qut: vitality, prosperity, strength", "D1", MotifUsage.FloorFelt,
            [W(), P("s", -0.3, 0.1, -0.1, "height of the stem top"), P("theta", 30, 60, 45, "branch angle from vertical (deg)"),
             P("turn", 270, 400, 340, "curl turning (deg)"), P("r", 0.4, 0.55, 0.48, "initial curl radius")],
            v =>
            {
                var top = new Vec2(0, v("s"));
                var (right, left) = HornCurls(top, v("theta"), v("r"), v("turn"));
                return [Band(v("w"), true, [new Vec2(0, -1.1), top], right, left)];
            });

        yield return new MotifDefinition("kos_muiz", "қос мүйіз", "paired horns",
            "paired horns: two ram's horns on one stem, up and down", "D2", MotifUsage.FloorFelt,
            [W(), P("a", 0.5, 0.6, 0.55, "half stem length"), P("turn", 220, 270, 255, "curl turning (deg)"), P("r", 0.26, 0.3, 0.28, "initial curl radius")],
            v =>
            {
                var top = new Vec2(0, v("a"));
                // The curl ends at over half its start radius: a tighter end would be narrower than the band and fold.
                var (r1, l1) = HornCurls(top, 45, v("r"), v("turn"), endRatio: 0.55);
                var flip = Affine.MirrorY();
                return [Band(v("w"), true, [new Vec2(0, -v("a")), top], r1, l1, Curves.Map(r1, flip), Curves.Map(l1, flip))];
            });

        yield return new MotifDefinition("synar_muiz", "сыңар мүйіз", "single horn",
            "one horn; running hooks make the standard horn scroll", "C1", MotifUsage.FloorFelt,
            [W(0.22, 0.18), P("turn", 270, 420, 360, "curl turning (deg)"), P("r", 0.4, 0.6, 0.52, "initial curl radius"), P("lean", 0, 30, 15, "stem lean (deg)")],
            v =>
            {
                double lean = Rad(v("lean"));
                var bottom = new Vec2(-0.45, -1.0);
                var top = bottom + (Vec2.FromAngle(Rad(90) - lean) * 1.0);
                var curl = Curves.Curl(top, Rad(90) - lean, v("r"), v("r") * 0.28, Rad(v("turn")), clockwise: true);
                return [Band(v("w"), true, [bottom, top], curl)];
            });

        yield return new MotifDefinition("synyq_muiz", "сынық мүйіз", "broken horn",
            "angular horn of woven bands (named in the el.kz list)", "D1", MotifUsage.FloorFelt,
            [W(0.22), P("l", 0.7, 0.9, 0.8, "first hook segment"), P("steps", 3, 5, 4, "hook segments")],
            v =>
            {
                double l = v("l");
                int steps = (int)Math.Round(v("steps"));
                var top = new Vec2(0, 0.2);
                var right = new List<Vec2> { top };
                var p = top;
                double[] lens = [1, 0.7, 0.5, 0.35, 0.22];
                var dirs = new[] { new Vec2(1, 0), new Vec2(0, -1), new Vec2(-1, 0), new Vec2(0, 1), new Vec2(1, 0) };
                for (int i = 0; i < steps; i++)
                {
                    p += dirs[i] * (l * lens[i]);
                    right.Add(p);
                }

                return [Band(v("w"), false, [new Vec2(0, -1.0), top], right, Curves.MirrorX(right))];
            });

        yield return new MotifDefinition("tort_muiz", "төрт мүйіз", "four horns",
            "four ram's horns round a centre: the field medallion", "D4", MotifUsage.FloorFelt,
            [WNarrow(0.1, 0.14, 0.12), P("a", 0.55, 0.65, 0.6, "arm length"), P("turn", 220, 260, 245, "curl turning (deg)"), P("r", 0.13, 0.16, 0.15, "initial curl radius")],
            v =>
            {
                var top = new Vec2(0, v("a"));
                var (rc, lc) = HornCurls(top, 45, v("r"), v("turn"), endRatio: 0.6);
                var lines = new List<IReadOnlyList<Vec2>>();
                for (int k = 0; k < 4; k++)
                {
                    var rot = Affine.Rotate(k * Math.PI / 2);
                    lines.Add(Curves.Map([Vec2.Zero, top], rot));
                    lines.Add(Curves.Map(rc, rot));
                    lines.Add(Curves.Map(lc, rot));
                }

                return [Band(v("w"), true, [.. lines])];
            });

        yield return new MotifDefinition("bugy_muiz", "бұғы мүйіз", "deer antler",
            "deer antler (named in the el.kz list); a pair of beams with tines", "D1", MotifUsage.FloorFelt,
            [WNarrow(0.15, 0.17, 0.16), P("tines", 1, 2, 2, "tines per beam (three would crowd the band)"), P("spread", 30, 45, 35, "beam angle from vertical (deg)")],
            v =>
            {
                int tines = (int)Math.Round(v("tines"));
                var top = new Vec2(0, -0.55);
                // The beam bends in only a little and its tip barely hooks, so the two beams never meet over the axis.
                var beam = Curves.Curl(top, Rad(90 - v("spread")), 1.6, 1.2, Rad(25), clockwise: false);
                var idx = Enumerable.Range(1, tines).Select(i => i * (beam.Count - 1) / (tines + 1)).ToArray();
                var parts = SplitAt(beam, idx);
                var lines = new List<IReadOnlyList<Vec2>> { new List<Vec2> { new(0, -1.2), top } };
                lines.AddRange(parts);
                foreach (int i in idx)
                {
                    var q = beam[i];
                    var d = beam[i + 1] - beam[i];
                    double h = Math.Atan2(d.Y, d.X) - Rad(70);
                    // Straight tines: a curled tine would roll back over the beam.
                    lines.Add(Curves.Line(q, q + (Vec2.FromAngle(h) * (tines == 1 ? 0.8 : 0.5))));
                }

                lines.Add(Curves.Curl(beam[^1], Curves.EndHeading(beam), 0.3, 0.2, Rad(40), clockwise: false));
                var mirrored = lines.Skip(1).Select(l => (IReadOnlyList<Vec2>)Curves.MirrorX(l)).ToList();
                lines.AddRange(mirrored);
                return [Band(v("w"), true, [.. lines])];
            });
    }
}
