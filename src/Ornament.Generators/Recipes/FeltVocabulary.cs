using Ornament.Generators.Felt;

namespace Ornament.Generators.Recipes;

/// <summary>The recipe's words for felt decisions (border friezes, corners, symmetry) and what each means to the felt
/// generator. One table serves the schema (allowed values), the decision rules (what a series may pick) and the
/// scene builder (what gets drawn), so a recipe — and the traits read from it — always say what the picture shows.</summary>
internal static class FeltVocabulary
{
    /// <summary>Border friezes: the frieze group and the motif repeated along the band (KAZAKH-ORNAMENT.md §3.3).</summary>
    private static readonly (string Name, FriezeGroup Group, string Motif)[] BorderTable =
    [
        ("synar-muiz-scroll", FriezeGroup.P11g, "synar_muiz"),
        ("it-kuiryk-run", FriezeGroup.P1, "it_kuiryk"),
        ("bota-moiyn-wave", FriezeGroup.P2, "bota_moiyn"),
        ("koshkar-muiz-wave", FriezeGroup.P2mg, "koshkar_muiz"),
        ("koshkar-muiz-row", FriezeGroup.P1m1, "koshkar_muiz"),
        ("tumar-sawtooth", FriezeGroup.P2mg, "tumar"),
        ("kos-muiz-chain", FriezeGroup.P2mm, "kos_muiz"),
        ("chain", FriezeGroup.P2mm, "omyrtka"),
        ("botakoz-beads", FriezeGroup.P2mm, "botakoz"),
    ];

    /// <summary>Every border value a recipe accepts ("none" leaves the main border out).</summary>
    public static IReadOnlyList<string> Borders { get; } = [.. BorderTable.Select(b => b.Name), "none"];

    /// <summary>Every corner value a recipe accepts.</summary>
    public static IReadOnlyList<string> Corners { get; } = ["block", "rosette", "mitre", "none"];

    /// <summary>The borders a technique's habit allows (shyrdak bands are bold waves and rows, §1.2).</summary>
    public static IReadOnlyList<string> BordersFor(string technique) => technique switch
    {
        "alasha" => ["none"],
        "shyrdak" => ["koshkar-muiz-wave", "koshkar-muiz-row", "tumar-sawtooth"],
        _ => BorderTable.Select(b => b.Name).ToArray(),
    };

    /// <summary>The frieze group and motif of a border value, or null for "none".</summary>
    /// <exception cref="ArgumentException">Not a border value.</exception>
    public static (FriezeGroup Group, string Motif)? Border(string name)
    {
        if (name == "none")
        {
            return null;
        }

        foreach (var b in BorderTable)
        {
            if (b.Name == name)
            {
                return (b.Group, b.Motif);
            }
        }

        throw new ArgumentException($"unknown border '{name}' (known: {string.Join(", ", Borders)})");
    }

    /// <summary>The corner type of a corner value: "none" lets the band turn the corner with a wing fan.</summary>
    /// <exception cref="ArgumentException">Not a corner value.</exception>
    public static CornerType Corner(string name) => name switch
    {
        "block" => CornerType.Block,
        "rosette" => CornerType.Rosette,
        "mitre" => CornerType.Mitre,
        "none" => CornerType.Turn,
        _ => throw new ArgumentException($"unknown corner '{name}' (known: {string.Join(", ", Corners)})"),
    };

    /// <summary>Field motifs that suit a field layout, best first (the generator's own habits).</summary>
    public static IReadOnlyList<string> FieldMotifsFor(string field) => field switch
    {
        "medallion" => ["koshkar_muiz", "kyzgaldak", "tumar"],
        "lattice" => ["tort_muiz", "tort_ushkul", "zhuldyz"],
        "rhombic-lattice" => ["kos_muiz", "botakoz", "tort_ushkul"],
        "rosette-grid" => ["ai_gul", "kun", "tort_ushkul", "zhuldyz"],
        _ => ["kos_muiz", "tort_muiz"],
    };

    /// <summary>Centre motifs: radiant, four-fold figures that can hold the middle of a field.</summary>
    public static IReadOnlyList<string> CentreMotifs { get; } = ["tort_muiz", "kun", "zhuldyz", "ai_gul"];

    /// <summary>Small fillers between field motifs.</summary>
    public static IReadOnlyList<string> FillerMotifs { get; } = ["botakoz", "tumar", "tort_ushkul"];

    /// <summary>Field layout of a field value.</summary>
    public static FieldLayout? Field(string name) => name switch
    {
        "medallion" => FieldLayout.Medallion,
        "lattice" => FieldLayout.SquareLattice,
        "rhombic-lattice" => FieldLayout.RhombicLattice,
        "rosette-grid" => FieldLayout.KalyklemRows,
        "stripes" => FieldLayout.ShyrdakPanels,
        _ => null,
    };

    /// <summary>Field layouts a technique's habit allows (§3.2).</summary>
    public static IReadOnlyList<string> FieldsFor(string technique) => technique switch
    {
        "syrmak" => ["medallion", "lattice", "rhombic-lattice"],
        "shyrdak" => ["stripes", "medallion", "lattice"],
        "tekemet" => ["lattice", "rhombic-lattice", "rosette-grid"],
        "tuskiiz" => ["medallion", "rosette-grid"],
        _ => ["stripes"],
    };
}
