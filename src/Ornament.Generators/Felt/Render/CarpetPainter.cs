using Ornament.Geometry;
using Ornament.Paint;
using Ornament.Raster;

namespace Ornament.Generators.Felt;

/// <summary>Turns a <see cref="CarpetPlan"/> into a Scene in the style of a technique. Every motif shape is one Path
/// instance placed with transforms; cords, quilting and stitches are built once per (shape, scale) and reused.</summary>
internal sealed class CarpetPainter
{
    private static readonly string[] LayerOrder = ["binding", "guard", "border", "inner_guard", "field"];
    private readonly CarpetPlan _plan;
    private readonly FeltDesign _design;
    private readonly Palette _palette;
    private readonly bool _texture;
    private readonly SeedPath _seed;
    private readonly Dictionary<(MotifShape, long, int), Path> _cache = [];
    private readonly Dictionary<(MotifShape, long, int), List<Vec2[]>> _contourCache = [];

    public CarpetPainter(CarpetPlan plan, FeltDesign design, Palette palette, bool texture, SeedPath seed)
    {
        _plan = plan;
        _design = design;
        _palette = palette;
        _texture = texture;
        _seed = seed;
    }

    private FeltTechnique Tech => _design.Technique;

    private double S => _plan.Short;

    public Scene Paint()
    {
        var sb = new SceneBuilder(_plan.Width, _plan.Height) { Background = Colour(Slot.Cord) };
        var rnd = _seed.Random("felt-mottle");
        int pieceIndex = 0;
        foreach (var layer in LayerOrder)
        {
            sb.PushGroup(layer);
            foreach (var r in _plan.Regions.Where(r => r.Layer == layer))
            {
                sb.Fill(Shapes.Rectangle(r.Rect), Colour(r.Colour));
                if (_texture && Tech != FeltTechnique.TusKiiz)
                {
                    Mottle(sb, r, rnd);
                }
            }

            foreach (var e in _plan.Extra.Where(e => e.Layer == layer))
            {
                sb.Fill(e.Path, Colour(e.Colour));
            }

            foreach (var p in _plan.Pieces.Where(p => p.Layer == layer))
            {
                DrawPiece(sb, p, rnd, pieceIndex++);
            }

            sb.PopGroup();
        }

        if (Tech is FeltTechnique.Syrmak or FeltTechnique.Shyrdak)
        {
            if (_texture)
            {
                Quilting(sb);
            }

            Cords(sb);
        }
        else if (Tech == FeltTechnique.TusKiiz)
        {
            Stitching(sb);
        }

        return sb.Build();
    }

    /// <summary>Colour of a slot after the twin swap.</summary>
    public Rgba8 Colour(Slot s)
    {
        if (_design.Twin && Tech is FeltTechnique.Syrmak or FeltTechnique.Shyrdak)
        {
            s = s switch { Slot.Ground => Slot.Figure, Slot.Figure => Slot.Ground, _ => s };
        }

        return FeltStyle.Resolve(_palette, Tech, s);
    }

    private void DrawPiece(SceneBuilder sb, Placement p, SeededRandom rnd, int index)
    {
        var colour = Colour(p.Colour);
        if (Tech == FeltTechnique.Tekemet)
        {
            colour = FeltStyle.TekemetPieceColour(_palette, p, _plan, colour);
        }
        else if (Tech == FeltTechnique.TusKiiz)
        {
            colour = FeltStyle.TusKiizPieceColour(_palette, p, _plan, colour);
        }

        if (_texture && Tech != FeltTechnique.TusKiiz)
        {
            // Each felt piece is a slightly different batch: a tiny lightness shift, flat within the piece.
            colour = Shade(colour, (rnd.NextDouble() - 0.5) * 0.025);
        }

        if (Tech == FeltTechnique.Tekemet)
        {
            // Soft rolled-in edge: the piece grown by decreasing amounts at low opacity, wobbled like loose wool.
            double f = 0.05 / Math.Max(0.2, p.Shape.BandWidth / 0.2);
            var halo = Cached(p.Shape, p.Scale, 10, () => Contours.ToPath(Wobble(p.Shape.Grown(f * 0.9), f * 0.6, p.Shape.Id.Length, p.Shape)));
            var mid = Cached(p.Shape, p.Scale, 11, () => Contours.ToPath(Wobble(p.Shape.Grown(f * 0.4), f * 0.5, p.Shape.Id.Length + 7, p.Shape)));
            sb.Fill(halo, new SolidPaint(colour), transform: p.Transform, opacity: 0.28);
            sb.Fill(mid, new SolidPaint(colour), transform: p.Transform, opacity: 0.45);
            var core = Cached(p.Shape, p.Scale, 12, () => Contours.ToPath(Wobble(p.Shape.Contours, f * 0.35, p.Shape.Id.Length + 3, p.Shape)));
            sb.Fill(core, new SolidPaint(colour), transform: p.Transform);
            return;
        }

        sb.Fill(p.Shape.Fill, new SolidPaint(colour), transform: p.Transform);
    }

    private void Cords(SceneBuilder sb)
    {
        // Syrmak: a fine dark cord; shyrdak: a bolder cord (§1.2). The second strand of the twist is drawn as short
        // slanted dashes covering a third of the cord, so the cord reads as twisted without dominating.
        double w = S * (Tech == FeltTechnique.Shyrdak ? 0.0062 : 0.0042);
        var cord = Colour(Slot.Cord);
        var strand = FeltStyle.Resolve(_palette, Tech, Slot.Accent);
        sb.PushGroup("cord");
        var rings = new List<Vec2[]>(Strokes.Rings(_plan.CutLines, w));
        foreach (var e in _plan.Extra)
        {
            rings.AddRange(Strokes.Rings(e.Contours, w));
        }

        sb.Fill(Contours.ToPath(rings), cord);
        foreach (var p in _plan.Pieces)
        {
            double lw = w / p.Scale;
            var ring = Cached(p.Shape, p.Scale, 1, () => Contours.ToPath(Strokes.Rings(p.Shape.Contours, lw)));
            sb.Fill(ring, new SolidPaint(cord), transform: p.Transform);
        }

        // The second strand of the two-tone cord: a thin core line in the strand colour. Concentric rings
        // keep the cord even, exactly symmetric and cheap to raster (twist dashes were thousands of contours).
        double core = w * 0.34;
        var cores = new List<Vec2[]>(Strokes.Rings(_plan.CutLines, core));
        foreach (var e in _plan.Extra)
        {
            cores.AddRange(Strokes.Rings(e.Contours, core));
        }

        sb.Fill(Contours.ToPath(cores), strand);
        // Shyrdak: the bold cord round each motif stays one colour; a contrasting core tracing every curl and
        // crossing was louder than the motifs themselves, so the core stays on the binding and cut lines only.
        IEnumerable<Placement> cored = Tech == FeltTechnique.Shyrdak ? Enumerable.Empty<Placement>() : _plan.Pieces;
        foreach (var p in cored)
        {
            // Per-piece paths placed by transform: the rasterizer's cost grows faster than linearly with the size of
            // one path, so a handful of mid-sized reusable paths beats one huge merged one.
            var local = Cached(p.Shape, p.Scale, 2, () => Contours.ToPath(Strokes.Rings(p.Shape.Contours, core / p.Scale)));
            sb.Fill(local, new SolidPaint(strand), transform: p.Transform);
        }
        sb.PopGroup();
    }

    private static IEnumerable<Vec2[]> Place(List<Vec2[]> local, Affine t)
    {
        foreach (var c in local)
        {
            var r = new Vec2[c.Length];
            for (int i = 0; i < c.Length; i++)
            {
                r[i] = t.Apply(c[i]);
            }

            yield return r;
        }
    }

    private List<Vec2[]> CachedContours(MotifShape shape, double scale, int kind, Func<List<Vec2[]>> make)
    {
        var key = (shape, (long)Math.Round(scale * 1000), kind);
        if (!_contourCache.TryGetValue(key, out var c))
        {
            c = make();
            _contourCache[key] = c;
        }

        return c;
    }

    private void Quilting(SceneBuilder sb)
    {
        // Echo lines: dashed offset curves inside each piece and round it in the ground, plus echo rectangles
        // inside the guard and border bands (the ground quilted to its backing, §1.1 point 4).
        double lw = S * 0.0016, dash = S * 0.011, gap = S * 0.006;
        var byColour = new List<(Rgba8 Colour, List<Vec2[]> Items)>();
        List<Vec2[]> Bucket(Rgba8 c)
        {
            foreach (var (colour, items) in byColour)
            {
                if (colour == c)
                {
                    return items;
                }
            }

            var l = new List<Vec2[]>();
            byColour.Add((c, l));
            return l;
        }

        foreach (var p in _plan.Pieces)
        {
            double k = 1 / p.Scale;
            var inside = CachedContours(p.Shape, p.Scale, 3, () => Fold.Mirror(Strokes.Dashes(p.Shape.Grown(-p.Shape.BandWidth * 0.28), true, lw * k, dash * k, gap * k), 0, 0, p.Shape.SymmetricX, p.Shape.SymmetricY));
            var outside = CachedContours(p.Shape, p.Scale, 4, () => Fold.Mirror(Strokes.Dashes(p.Shape.Grown(p.Shape.BandWidth * 0.42), true, lw * k, dash * k, gap * k), 0, 0, p.Shape.SymmetricX, p.Shape.SymmetricY));
            var own = Colour(p.Colour);
            var other = Colour(p.Colour == Slot.Ground ? Slot.Figure : Slot.Ground);
            Bucket(Shade(own, -0.09)).AddRange(Place(inside, p.Transform));
            Bucket(Shade(other, -0.09)).AddRange(Place(outside, p.Transform));
        }

        foreach (var r in _plan.Regions.Where(r => r.Layer is "guard" or "inner_guard"))
        {
            double inset = Math.Min(r.Rect.Width, r.Rect.Height) > S * 0.5 ? S * 0.007 : 0;
            if (inset > 0)
            {
                var e = r.Rect;
                Vec2[] echo = [new(e.Left + inset, e.Top + inset), new(e.Right - inset, e.Top + inset), new(e.Right - inset, e.Bottom - inset), new(e.Left + inset, e.Bottom - inset)];
                Bucket(Shade(Colour(r.Colour), -0.09)).AddRange(Fold.Mirror(Strokes.Dashes([echo], true, lw, dash, gap), _plan.Width / 2, _plan.Height / 2, _design.MirrorX, _design.MirrorY));
            }
        }

        sb.PushGroup("quilting");
        foreach (var (colour, items) in byColour)
        {
            sb.Fill(Contours.ToPath(items), colour);
        }

        sb.PopGroup();
    }

    private void Stitching(SceneBuilder sb)
    {
        // Chain stitch: the piece is worked in rows of chained loops following its contour; then an outline.
        double thread = S * 0.0035;
        var outline = FeltStyle.Resolve(_palette, Tech, Slot.Accent2);
        var byColour = new List<(Rgba8 Colour, List<Vec2[]> Items)>();
        var rings = new List<Vec2[]>();
        foreach (var p in _plan.Pieces)
        {
            double k = 1 / p.Scale;
            var colour = Shade(FeltStyle.TusKiizPieceColour(_palette, p, _plan, Colour(p.Colour)), 0.07);
            double bw = p.Shape.BandWidth;
            var chains = CachedContours(p.Shape, p.Scale, 5, () =>
            {
                var rows = new List<Vec2[]>();
                for (double inset = thread * k * 0.9; inset < bw; inset += thread * k * 1.25)
                {
                    var g = p.Shape.Grown(-inset);
                    if (g.Sum(c => Math.Abs(Contours.SignedArea(c))) < 1e-3)
                    {
                        break;
                    }

                    rows.AddRange(Strokes.Chain(g, true, thread * k));
                    if (rows.Count > 1500)
                    {
                        break;
                    }
                }

                return Fold.Mirror(rows, 0, 0, p.Shape.SymmetricX, p.Shape.SymmetricY);
            });
            int at = byColour.FindIndex(b => b.Colour == colour);
            if (at < 0)
            {
                byColour.Add((colour, []));
                at = byColour.Count - 1;
            }

            byColour[at].Items.AddRange(Place(chains, p.Transform));
            var ring = CachedContours(p.Shape, p.Scale, 6, () => Strokes.Rings(p.Shape.Contours, thread * k * 1.1));
            rings.AddRange(Place(ring, p.Transform));
        }

        sb.PushGroup("stitching");
        foreach (var (colour, items) in byColour)
        {
            sb.Fill(Contours.ToPath(items), colour);
        }

        sb.Fill(Contours.ToPath(rings), outline);
        sb.PopGroup();
    }

    private void Mottle(SceneBuilder sb, Region r, SeededRandom rnd)
    {
        // Large soft low-opacity blobs, sized in cm (relative to the carpet), kept inside the region.
        double rad = S * 0.05;
        double minSide = Math.Min(r.Rect.Width, r.Rect.Height);
        if (minSide < rad * 0.8)
        {
            return;
        }

        rad = Math.Min(rad, minSide / 2);
        int n = (int)Math.Min(120, r.Rect.Width * r.Rect.Height / (rad * rad * 1.5));
        var baseC = Colour(r.Colour);
        var light = new List<Vec2[]>();
        var dark = new List<Vec2[]>();
        for (int i = 0; i < n; i++)
        {
            double rr = rad * rnd.Range(0.5, 1.0);
            var c = new Vec2(rnd.Range(r.Rect.Left + rr, r.Rect.Right - rr), rnd.Range(r.Rect.Top + rr, r.Rect.Bottom - rr));
            (rnd.Chance(0.5) ? light : dark).Add([.. MotifParts.Ellipse(c, rr, rr * rnd.Range(0.6, 1.0))]);
        }

        // One path per tone: overlapping blobs merge (non-zero) instead of stacking hundreds of layers.
        sb.Fill(Contours.ToPath(light), new SolidPaint(Shade(baseC, 0.025)), FillRule.NonZero, null, 0.5);
        sb.Fill(Contours.ToPath(dark), new SolidPaint(Shade(baseC, -0.025)), FillRule.NonZero, null, 0.5);
    }

    private Path Cached(MotifShape shape, double scale, int kind, Func<Path> make)
    {
        var key = (shape, (long)Math.Round(scale * 1000), kind);
        if (!_cache.TryGetValue(key, out var p))
        {
            p = make();
            _cache[key] = p;
        }

        return p;
    }

    private static List<Vec2[]> Wobble(IEnumerable<Vec2[]> contours, double amp, int salt, MotifShape shape)
    {
        // Low-frequency domain warp along the normal: a sum of a few sines of position (deterministic, smooth).
        var r = new List<Vec2[]>();
        foreach (var c in contours)
        {
            var n = new Vec2[c.Length];
            for (int i = 0; i < c.Length; i++)
            {
                // The warp field is folded like the shape, so a symmetric piece stays symmetric.
                var p = new Vec2(shape.SymmetricX ? Math.Abs(c[i].X) : c[i].X, shape.SymmetricY ? Math.Abs(c[i].Y) : c[i].Y);
                double w = (Math.Sin((p.X * 9.1) + (p.Y * 3.7) + salt) + (0.6 * Math.Sin((p.X * -5.3) + (p.Y * 11.9) + (salt * 1.7))) + (0.35 * Math.Sin((p.X * 23.0) + (p.Y * 19.0)))) / 1.95;
                var prev = c[(i + c.Length - 1) % c.Length];
                var next = c[(i + 1) % c.Length];
                n[i] = c[i] + (Contours.RightNormal(next - prev) * (amp * w));
            }

            r.Add(n);
        }

        return r;
    }

    public static Rgba8 Shade(Rgba8 c, double dl)
    {
        var o = Oklab.FromSrgb(c);
        return new Oklab(Math.Clamp(o.L + dl, 0, 1), o.A, o.B).ToSrgb(c.A);
    }
}
