using Ornament.Generators.Felt;
using Ornament.Geometry;
using Ornament.Paint;

namespace Ornament.Generators.Recipes;

/// <summary>The <c>band-bottom</c> frame of a landscape: a felt strip under the painting (madder ground, black cords,
/// the frame motifs appliquéd in ochre on a cream rim), its repeats fitted to the width as a border's are (§3.4).</summary>
internal static class FrameBand
{
    /// <summary>Band height as a fraction of the picture's height.</summary>
    public const double HeightFraction = 0.12;

    /// <summary>Repeats along the band: the recipe's count, × 1.6 when dense (tighter repeats, smaller motifs).</summary>
    public static int Repeats(FrameRecipe frame) => Math.Max(1, (int)Math.Round(frame.Repeat * (frame.Dense ? 1.6 : 1)));

    /// <summary>Motif ids along the band, in order (the recipe's, or tumar when it names none).</summary>
    public static IReadOnlyList<string> Motifs(FrameRecipe frame) => frame.Motifs.Count > 0 ? frame.Motifs : ["tumar"];

    /// <summary>Paints the band over the rectangle [0, w] × [top, top + h] and returns the motifs placed.</summary>
    /// <exception cref="ArgumentException">A frame motif is unknown.</exception>
    public static int Paint(SceneBuilder sb, FrameRecipe frame, double w, double top, double h)
    {
        var shapes = new List<MotifShape>();
        foreach (var id in Motifs(frame))
        {
            if (!MotifCatalog.TryGet(id, out _))
            {
                throw new ArgumentException($"frame.motifs: unknown motif '{id}'");
            }

            shapes.Add(MotifCatalog.Get(id).Shape());
        }

        var felt = FeltPalettes.Resolve("felt-traditional");
        Rgba8 Role(string role, string fallback) => felt.Has(role) ? felt[role] : Rgba8.FromHex(fallback);
        var ground = Role("figure", "#A3242A");
        var cord = Role("cord", "#1C1A19");
        var gold = Role("accent", "#C8962E");
        var cream = Role("ground", "#EFE6D2");
        double c = h * 0.07;
        sb.PushGroup("band-bottom");
        sb.Fill(Shapes.Rectangle(0, top, w, h + 1), cord);
        sb.Fill(Shapes.Rectangle(0, top + c, w, h - (2 * c)), ground);
        var centres = BorderFitting.Centres(0, w, w / Repeats(frame));
        double rep = w / centres.Length;
        double s = Math.Min((h - (2 * c)) * 0.4, rep * 0.46);
        double cy = top + (h / 2);
        var rims = new List<Vec2[]>();
        var bodies = new List<Vec2[]>();
        int mid = (centres.Length - 1) / 2;
        for (int n = 0; n < centres.Length; n++)
        {
            var shape = shapes[Math.Abs(n - mid) % shapes.Count];
            // Motif frame as on a carpet's bottom border: up points into the picture, the right half mirrors the left.
            var v = new Vec2(0, -1);
            var u = new Vec2(-v.Y, v.X);
            if (n > mid)
            {
                u = -u;
            }

            var t = new Affine(u.X * s, u.Y * s, v.X * s, v.Y * s, centres[n], cy);
            foreach (var k in shape.Grown(0.09))
            {
                rims.Add(k.Select(t.Apply).ToArray());
            }

            foreach (var k in shape.Contours)
            {
                bodies.Add(k.Select(t.Apply).ToArray());
            }
        }

        // Guard lines along both edges and a small rhombus between neighbouring motifs (the band's rhythm, §3.5).
        double g = h * 0.03, inset = c + (h * 0.025);
        var guards = new List<Vec2[]>
        {
            Rect(0, top + inset, w, g),
            Rect(0, top + h - inset - g, w, g),
        };
        for (int n = 0; n + 1 < centres.Length; n++)
        {
            double x = (centres[n] + centres[n + 1]) / 2, d = Math.Min(s * 0.35, rep * 0.12);
            guards.Add([new Vec2(x, cy - d), new Vec2(x - (d * 0.6), cy), new Vec2(x, cy + d), new Vec2(x + (d * 0.6), cy)]);
        }

        sb.Fill(Felt.Contours.ToPath(guards.Select(k => Felt.Contours.Oriented(k, true)).ToList()), cream);
        sb.Fill(Felt.Contours.ToPath(rims), cream);
        sb.Fill(Felt.Contours.ToPath(bodies), gold);
        sb.PopGroup();
        return centres.Length;
    }

    private static Vec2[] Rect(double x, double y, double w, double h) =>
        [new Vec2(x, y), new Vec2(x + w, y), new Vec2(x + w, y + h), new Vec2(x, y + h)];
}
