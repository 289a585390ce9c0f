using Ornament.Geometry;
using Ornament.Paint;

namespace Ornament.Generators.Felt;

/// <summary>Alasha: vertical woven strips sewn together; each strip carries a frieze of grid-quantised motifs; the
/// strip order is mirrored about the centre (§1.5).</summary>
internal static class AlashaPainter
{
    public static Scene Paint(FeltDesign d, Palette palette, bool texture, string[] stripMotifs)
    {
        double w = d.WidthCm, h = d.HeightCm, s = Math.Min(w, h);
        int n = d.Columns;
        double sw = w / n;
        var sb = new SceneBuilder(w, h) { Background = palette.Get("cord") };
        string[] stripeRoles = ["ground", "figure", "figure2", "accent", "accent2", "quilt"];
        var roles = stripeRoles.Where(palette.Has).ToArray();
        int mid = (n - 1) / 2;
        var seamPaths = new List<Vec2[]>();
        sb.PushGroup("field");
        var grid = new Dictionary<string, Path>(StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            int k = Math.Abs(i - mid);
            var ground = palette[roles[k % roles.Length]];
            var figure = palette[roles[(k + 1 + (k % 2)) % roles.Length]];
            if (Math.Abs(Oklab.FromSrgb(ground).L - Oklab.FromSrgb(figure).L) < 0.2)
            {
                figure = palette[roles[(k + 2 + (k % 2)) % roles.Length]];
            }

            var strip = Rect.FromXywh(i * sw, 0, sw, h);
            sb.Fill(Shapes.Rectangle(strip), ground);
            string id = stripMotifs[k % stripMotifs.Length];
            if (!grid.TryGetValue(id, out var q))
            {
                q = Quantise(MotifCatalog.Get(id).Shape(), 13);
                grid[id] = q;
            }

            double ms = sw * 0.36;
            var centres = BorderFitting.Centres(0, h, sw * 0.95);
            int cm = (centres.Length - 1) / 2;
            for (int j = 0; j < centres.Length; j++)
            {
                // Motifs alternate up/down along the strip (p2mg), symmetric about the strip's centre.
                bool down = Math.Abs(j - cm) % 2 == 1;
                var t = new Affine(ms, 0, 0, down ? ms : -ms, strip.Center.X, centres[j]);
                sb.Fill(q, new SolidPaint(figure), transform: t);
            }

            // Thin edge stripes in the figure colour, as woven into the selvedge.
            sb.Fill(Shapes.Rectangle(strip.Left + (sw * 0.06), 0, sw * 0.03, h), figure);
            sb.Fill(Shapes.Rectangle(strip.Right - (sw * 0.09), 0, sw * 0.03, h), figure);
            if (i > 0)
            {
                seamPaths.Add(Strokes.Bar(new Vec2(strip.Left, 0), new Vec2(strip.Left, h), s * 0.004));
            }
        }

        sb.PopGroup();
        sb.PushGroup("seams");
        sb.Fill(Contours.ToPath(seamPaths), palette.Get("cord"));
        sb.PopGroup();
        if (texture)
        {
            // Weft ridges: thin darker lines every ~0.6 % of the short side, offset per strip like a brick weave.
            sb.PushGroup("texture");
            var weft = new List<Vec2[]>();
            double pitch = s * 0.006;
            for (int i = 0; i < n; i++)
            {
                double off = (i % 2) * pitch / 2;
                for (double y = off; y < h; y += pitch)
                {
                    weft.Add([new(i * sw, y), new((i + 1) * sw, y), new((i + 1) * sw, y + (pitch * 0.3)), new(i * sw, y + (pitch * 0.3))]);
                }
            }

            sb.Fill(Contours.ToPath(weft), new SolidPaint(new Rgba8(0, 0, 0)), opacity: 0.07);
            sb.PopGroup();
        }

        return sb.Build();
    }

    /// <summary>The motif quantised to a g × g weave grid (cells whose centre lies inside), as row runs.</summary>
    internal static Path Quantise(MotifShape shape, int g)
    {
        var cells = new List<Vec2[]>();
        double cell = 2.0 / g;
        for (int y = 0; y < g; y++)
        {
            double cy = -1 + ((y + 0.5) * cell);
            int run = -1;
            for (int x = 0; x <= g; x++)
            {
                bool inside = x < g && Contours.Winding(shape.Contours, new Vec2(-1 + ((x + 0.5) * cell), cy)) != 0;
                if (inside && run < 0)
                {
                    run = x;
                }
                else if (!inside && run >= 0)
                {
                    double x0 = -1 + (run * cell), x1 = -1 + (x * cell), y0 = cy - (cell / 2), y1 = cy + (cell / 2);
                    cells.Add([new(x0, y0), new(x1, y0), new(x1, y1), new(x0, y1)]);
                    run = -1;
                }
            }
        }

        return Contours.ToPath(cells);
    }
}
