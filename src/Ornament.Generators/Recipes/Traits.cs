using System.Globalization;
using System.Text;

namespace Ornament.Generators.Recipes;

/// <summary>One discrete trait of an image (for series statistics and rarity tables).</summary>
/// <param name="Name">Trait name (Mode, Palette, …).</param>
/// <param name="Value">Discrete value (Ornament, AishaBibi, …).</param>
public sealed record Trait(string Name, string Value);

/// <summary>The traits of KAZAKH-ORNAMENT.md §6.5, always in the same order and always all fifteen (None where a
/// trait does not apply), so tables over a series line up.</summary>
public static class Traits
{
    /// <summary>Trait names in output order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "Mode", "Landscape", "TimeOfDay", "Palette", "Technique", "RenderStyle", "FieldLayout", "BorderFrieze",
        "CornerType", "PrimaryMotif", "Symmetry", "YurtCount", "StarCount", "Vibrance", "Intricacy",
    ];

    /// <summary>The traits of a recipe.</summary>
    public static IReadOnlyList<Trait> FromRecipe(Recipe recipe)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        var r = recipe;
        bool carpet = r.Mode == "ornament", land = !carpet;
        string[] values =
        [
            Pascal(r.Mode),
            land ? Pascal(r.Landscape.Scene) : "None",
            land ? (r.Landscape.Time == "golden" ? "Sunset" : Pascal(r.Landscape.Time)) : "None",
            PaletteTrait(r.Palette),
            carpet || r.Mode == "hybrid" ? Pascal(r.Ornament.Technique) : "None",
            carpet ? (r.Ornament.Strokes == "none" ? "Felt" : Pascal(r.Ornament.Strokes)) : Pascal(r.Landscape.Style),
            carpet ? Pascal(r.Ornament.Field) : "None",
            carpet ? Pascal(r.Ornament.Border) : Pascal(r.Frame.Kind),
            carpet ? Pascal(r.Ornament.Corner) : "None",
            MotifTrait(carpet ? r.Ornament.Motifs : r.Frame.Motifs),
            carpet ? r.Ornament.Symmetry.ToUpperInvariant() : "None",
            land ? r.Landscape.Yurts.ToString(CultureInfo.InvariantCulture) : "0",
            !land || r.Landscape.Stars == 0 ? "None" : r.Landscape.Stars < 900 ? "Some" : "Many",
            r.Vibrant ? "Vibrant" : "Natural",
            r.Ornament.Intricacy switch { <= 0 => "Sparse", 1 => "Normal", 2 => "Dense", _ => "VeryDense" },
        ];
        return Names.Zip(values, (n, v) => new Trait(n, v)).ToArray();
    }

    private static string PaletteTrait(string palette) => palette switch
    {
        "aisha-bibi-terracotta" => "AishaBibi",
        "almaty-spring-tianshan" => "AlmatySpring",
        _ => Pascal(System.IO.Path.GetFileNameWithoutExtension(palette)),
    };

    // Motif ids → families; the first two distinct families name the trait (RamHorn+Star).
    private static string MotifTrait(IReadOnlyList<string> motifs)
    {
        var families = motifs.Select(m => m switch
        {
            _ when m.EndsWith("muiz", StringComparison.Ordinal) => "RamHorn",
            "zhuldyz" => "Star",
            "tumar" => "Tumar",
            "kyzgaldak" or "ai_gul" => "Flower",
            "kun" => "Sun",
            "tort_ushkul" => "Rhombus",
            _ => Pascal(m),
        }).Distinct(StringComparer.Ordinal).Take(2).ToArray();
        return families.Length == 0 ? "None" : string.Join('+', families);
    }

    private static string Pascal(string id)
    {
        var sb = new StringBuilder();
        foreach (var part in id.Split('-', '_', ' ', '.'))
        {
            if (part.Length > 0)
            {
                sb.Append(char.ToUpperInvariant(part[0])).Append(part[1..]);
            }
        }

        return sb.ToString();
    }
}
