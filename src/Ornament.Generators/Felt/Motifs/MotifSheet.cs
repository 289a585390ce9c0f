using Ornament.Geometry;
using Ornament.Generators.Text;
using Ornament.Paint;

namespace Ornament.Generators.Felt;

/// <summary>Draws a labelled sheet of motifs: each motif once, in the figure colour on the ground colour, with its
/// id underneath in the built-in stroke font.</summary>
internal static class MotifSheet
{
    /// <summary>Builds the sheet.</summary>
    /// <param name="motifs">Motifs to show (default: the whole catalogue).</param>
    /// <param name="palette">Felt palette giving <c>ground</c>, <c>figure</c> and <c>cord</c> (default syrmak-red-cream).</param>
    /// <param name="columns">Cells per row (1–12).</param>
    /// <returns>A scene of 100 user units per cell width.</returns>
    public static Scene Build(IReadOnlyList<MotifDefinition>? motifs = null, Palette? palette = null, int columns = 6)
    {
        motifs ??= MotifCatalog.All;
        palette ??= FeltPalettes.Resolve("syrmak-red-cream");
        columns = Math.Clamp(columns, 1, 12);
        const double cell = 100, labelH = 16;
        int rows = Math.Max(1, (motifs.Count + columns - 1) / columns);
        var ground = palette.Get("ground");
        var figure = palette.Get("figure");
        var ink = palette.Get("cord", "figure");
        var sb = new SceneBuilder(columns * cell, rows * (cell + labelH)) { Background = ground };
        var textStyle = new StrokeStyle(1.1, LineJoin.Round, LineCap.Round);
        sb.PushGroup("motifs");
        for (int i = 0; i < motifs.Count; i++)
        {
            var m = motifs[i];
            double x0 = (i % columns) * cell, y0 = (i / columns) * (cell + labelH);
            var centre = new Vec2(x0 + (cell / 2), y0 + (cell / 2) + 4);
            var t = Affine.Scale(cell * 0.4, -cell * 0.4).Then(Affine.Translate(centre));
            sb.Fill(m.BuildPath(), new SolidPaint(figure), transform: t);
            double size = 6.5;
            double w = StrokeFont.Measure(m.Id, size);
            if (w > cell - 6)
            {
                size *= (cell - 6) / w;
                w = cell - 6;
            }

            sb.Stroke(StrokeFont.Layout(m.Id, new Vec2(x0 + ((cell - w) / 2), y0 + cell + labelH - 5), size), new SolidPaint(ink), textStyle);
        }

        sb.PopGroup();
        return sb.Build();
    }
}
