using Ornament.Geometry;
using Ornament.Paint;

namespace Ornament.Generators;

/// <summary>A swatch sheet of a palette: one rounded chip per role, in file order, four to a row, on a neutral
/// ground, each labelled with its role and hex value (drawn with the stroke font). Each chip is a group named after
/// its role, so the SVG carries the roles as ids too.</summary>
public static class PaletteSwatch
{
    /// <summary>Chip size in user units.</summary>
    public const double Chip = 120;

    /// <summary>Gap and margin in user units.</summary>
    public const double Gap = 20;

    /// <summary>Chips per row.</summary>
    public const int Columns = 4;

    /// <summary>Height of the label area under each chip, in user units.</summary>
    public const double Label = 40;

    /// <summary>Builds the swatch scene.</summary>
    public static Scene Build(Palette palette)
    {
        ArgumentNullException.ThrowIfNull(palette);
        int n = palette.Entries.Count, cols = Math.Min(Columns, n), rows = (n + Columns - 1) / Columns;
        var b = new SceneBuilder(Gap + (cols * (Chip + Gap)), Gap + (rows * (Chip + Gap + Label)))
        {
            Background = new Rgba8(0x80, 0x80, 0x80),
            Metadata = palette.Name,
        };
        for (int i = 0; i < n; i++)
        {
            var e = palette.Entries[i];
            double x = Gap + (i % Columns * (Chip + Gap)), y = Gap + (i / Columns * (Chip + Gap + Label));
            b.PushGroup(e.Role);
            b.Fill(Shapes.RoundedRectangle(x, y, Chip, Chip, Chip * 0.08), e.Color);
            var ink = new SolidPaint(new Rgba8(0x14, 0x14, 0x18));
            var pen = new StrokeStyle(1.3, LineJoin.Round, LineCap.Round);
            b.Stroke(Fit(e.Role, x, y + Chip + 16), ink, pen);
            b.Stroke(Fit(e.Color.ToHex(), x, y + Chip + 34), ink, pen);
            b.PopGroup();
        }

        return b.Build();
    }

    // A label line starting at the chip's left edge, shrunk to the chip's width when long.
    private static Path Fit(string text, double x, double baseline)
    {
        double size = Math.Min(12, Chip / Math.Max(1, Text.StrokeFont.Measure(text, 1)));
        return Text.StrokeFont.Layout(text, new Vec2(x, baseline), size);
    }
}
