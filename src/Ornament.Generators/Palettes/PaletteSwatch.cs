using Ornament.Geometry;
using Ornament.Paint;

namespace Ornament.Generators;

/// <summary>A swatch sheet of a palette: one rounded chip per role, in file order, four to a row, on a neutral
/// ground. Each chip is a group named after its role (so the SVG carries the labels as ids); drawn text labels
/// will come with a stroke font.</summary>
public static class PaletteSwatch
{
    /// <summary>Chip size in user units.</summary>
    public const double Chip = 120;

    /// <summary>Gap and margin in user units.</summary>
    public const double Gap = 20;

    /// <summary>Chips per row.</summary>
    public const int Columns = 4;

    /// <summary>Builds the swatch scene.</summary>
    public static Scene Build(Palette palette)
    {
        ArgumentNullException.ThrowIfNull(palette);
        int n = palette.Entries.Count, cols = Math.Min(Columns, n), rows = (n + Columns - 1) / Columns;
        var b = new SceneBuilder(Gap + (cols * (Chip + Gap)), Gap + (rows * (Chip + Gap)))
        {
            Background = new Rgba8(0x80, 0x80, 0x80),
            Metadata = palette.Name,
        };
        for (int i = 0; i < n; i++)
        {
            var e = palette.Entries[i];
            double x = Gap + (i % Columns * (Chip + Gap)), y = Gap + (i / Columns * (Chip + Gap));
            b.PushGroup(e.Role);
            b.Fill(Shapes.RoundedRectangle(x, y, Chip, Chip, Chip * 0.08), e.Color);
            b.PopGroup();
        }

        return b.Build();
    }
}
