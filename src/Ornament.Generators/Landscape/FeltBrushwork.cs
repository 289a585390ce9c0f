using Ornament.Geometry;
using Ornament.Paint;

namespace Ornament.Generators.Landscape;

/// <summary>The recipe's <c>ornament.strokes</c>: a light layer of painterly strokes over a felt carpet, laid along
/// the contours of its pieces in each piece's own colour (jittered in OKLab), so the felt reads as painted while every
/// motif keeps its shape. Stroke sizes and spacing are fractions of the carpet's short side, so the stroke set is the
/// same at every output size. Strokes stay inside their piece, and the cords stay crisp: they get no strokes of their own, and they are drawn again over
/// the brushwork, so no stroke of a neighbouring piece smears a dark halo across them.</summary>
internal static class FeltBrushwork
{
    /// <summary>At most this many strokes (a few thousand: texture, not a repainting).</summary>
    private const int MaxStrokes = 9000;

    /// <summary>The name of the felt painter's cord group.</summary>
    private const string CordGroup = "cord";

    /// <summary>The carpet with the stroke layer on top (same size, background and metadata).</summary>
    public static Scene Over(Scene carpet, SeedPath seed, bool expressive)
    {
        ArgumentNullException.ThrowIfNull(carpet);
        var rng = seed.Random("felt-brushwork");
        double s = Math.Min(carpet.Width, carpet.Height);
        var buckets = new StrokeBuckets(carpet.Width, carpet.Height);
        var flat = new FlattenedPath();
        double spacing = s * (expressive ? 0.016 : 0.011);
        double r = s * (expressive ? 0.0042 : 0.0026);
        Span<Vec2> pts = stackalloc Vec2[5];
        foreach (var (path, transform, colour) in Fills(carpet.Items, Affine.Identity))
        {
            flat.Clear();
            Flattener.Flatten(path, transform, s * 0.0005, flat);
            // Which side of its contours the piece lies on: the left of travel when its largest contour winds with
            // positive area, else the right (holes wind the other way, so the filled side is the same for them).
            double side = Math.Sign(LargestArea(flat));
            for (int ci = 0; ci < flat.ContourCount && buckets.StrokeCount < MaxStrokes; ci++)
            {
                var contour = flat.Contour(ci);
                double perimeter = 0;
                for (int i = 1; i < contour.Length; i++)
                {
                    perimeter += (contour[i] - contour[i - 1]).Length;
                }

                // Stitches, cord twists and specks are texture already: only real piece outlines get strokes.
                if (perimeter < s * 0.05 || contour.Length < 3)
                {
                    continue;
                }

                var baseC = Oklab.FromSrgb(colour);
                double len = spacing * (expressive ? 2.2 : 1.5);
                for (double at = rng.Range(0, spacing); at + len < perimeter && buckets.StrokeCount < MaxStrokes; at += spacing)
                {
                    // A short stroke hugging the contour just inside the piece: felt is painted in its own colour, and a
                    // stroke pushed outward would lay that colour over the neighbouring piece as a halo.
                    double shift = side * rng.Range(1.0, 1.6) * r;
                    for (int k = 0; k < pts.Length; k++)
                    {
                        var (p, tangent) = Along(contour, at + (len * k / (pts.Length - 1)));
                        pts[k] = p + (tangent.Perpendicular * shift);
                    }

                    var c = new Oklab(baseC.L + rng.Range(-0.05, 0.06), baseC.A * rng.Range(0.9, expressive ? 1.35 : 1.15), baseC.B * rng.Range(0.9, expressive ? 1.35 : 1.15));
                    buckets.AddStroke(0, c, pts, r * rng.Range(0.8, 1.2));
                }
            }
        }

        var sb = new SceneBuilder(carpet.Width, carpet.Height) { Background = carpet.Background };
        foreach (var item in carpet.Items)
        {
            sb.Add(item);
        }

        sb.PushGroup("brushwork", opacity: expressive ? 0.75 : 0.55);
        foreach (var item in buckets.Items(0))
        {
            sb.Add(item);
        }

        sb.PopGroup();
        // Felt-makers sew the cord on last, over the pieces' edges: the same cord items again, on top of the strokes.
        var cords = Cords(carpet.Items, Affine.Identity).ToList();
        if (cords.Count > 0)
        {
            sb.PushGroup("cord-over");
            foreach (var (cord, parent) in cords)
            {
                sb.Add(parent == Affine.Identity ? cord : new GroupItem([cord], parent));
            }

            sb.PopGroup();
        }

        return sb.Build().WithMetadata(carpet.Metadata);
    }

    /// <summary>The signed area (shoelace) of the contour with the largest absolute area.</summary>
    private static double LargestArea(FlattenedPath flat)
    {
        double best = 0;
        for (int ci = 0; ci < flat.ContourCount; ci++)
        {
            var c = flat.Contour(ci);
            double a = 0;
            for (int i = 0; i < c.Length; i++)
            {
                var p = c[i];
                var q = c[(i + 1) % c.Length];
                a += (p.X * q.Y) - (q.X * p.Y);
            }

            best = Math.Abs(a) > Math.Abs(best) ? a : best;
        }

        return best / 2;
    }

    /// <summary>The carpet's cord groups with the transform of the groups around them.</summary>
    private static IEnumerable<(GroupItem Cord, Affine Parent)> Cords(IReadOnlyList<SceneItem> items, Affine parent)
    {
        foreach (var g in items.OfType<GroupItem>())
        {
            if (g.Name == CordGroup)
            {
                yield return (g, parent);
                continue;
            }

            foreach (var c in Cords(g.Items, g.Transform is { } gt ? gt.Then(parent) : parent))
            {
                yield return c;
            }
        }
    }

    /// <summary>Every solid fill of the scene with its accumulated transform, in drawing order.</summary>
    private static IEnumerable<(Path Path, Affine Transform, Rgba8 Colour)> Fills(IReadOnlyList<SceneItem> items, Affine parent)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case GroupItem { Opacity: < 0.9 }:
                    break; // translucent texture (mottling), not pieces
                case GroupItem { Name: CordGroup }:
                    break; // the cords are redrawn over the strokes instead
                case GroupItem g:
                    foreach (var f in Fills(g.Items, g.Transform is { } gt ? gt.Then(parent) : parent))
                    {
                        yield return f;
                    }

                    break;
                case DrawItem { Paint: SolidPaint solid, Stroke: null } d when solid.Color.A > 200 && d.Opacity > 0.9:
                    yield return (d.Path, d.Transform is { } dt ? dt.Then(parent) : parent, solid.Color);
                    break;
            }
        }
    }

    /// <summary>The point and unit tangent at arc length <paramref name="at"/> along a closed polyline.</summary>
    private static (Vec2 Point, Vec2 Tangent) Along(ReadOnlySpan<Vec2> contour, double at)
    {
        for (int i = 1; i < contour.Length; i++)
        {
            var d = contour[i] - contour[i - 1];
            double l = d.Length;
            if (at <= l && l > 1e-12)
            {
                return (contour[i - 1] + (d * (at / l)), d / l);
            }

            at -= l;
        }

        var last = contour[^1] - contour[^2];
        return (contour[^1], last.Length > 1e-12 ? last / last.Length : new Vec2(1, 0));
    }
}
