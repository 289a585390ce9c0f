namespace Ornament.Generators.Felt;

/// <summary>The motif library (KAZAKH-ORNAMENT.md §2): every widely documented motif as parametric geometry.
/// Ordered horn family first; ids are ASCII, display names Kazakh (Cyrillic).</summary>
internal static partial class MotifCatalog
{
    private static readonly Lazy<IReadOnlyList<MotifDefinition>> AllLazy = new(() => [.. Horns(), .. Others()]);

    /// <summary>Every catalogued motif, in catalogue order (horn family first).</summary>
    public static IReadOnlyList<MotifDefinition> All => AllLazy.Value;

    /// <summary>Motifs the generator may pick on its own (no restricted or uncertain signs).</summary>
    public static IReadOnlyList<MotifDefinition> DefaultPool => All.Where(m => m.InDefaultPool).ToList();

    /// <summary>The motif with this id.</summary>
    /// <exception cref="KeyNotFoundException">No such motif (the message names the nearest ids).</exception>
    public static MotifDefinition Get(string id)
    {
        if (TryGet(id, out var m))
        {
            return m;
        }

        var near = All.OrderBy(x => PaletteRegistry.Levenshtein(x.Id, id)).ThenBy(x => x.Id, StringComparer.Ordinal).Take(2);
        throw new KeyNotFoundException($"unknown motif '{id}'; did you mean {string.Join(" or ", near.Select(n => $"'{n.Id}'"))}?");
    }

    /// <summary>Looks a motif up by id (ordinal, case-insensitive).</summary>
    public static bool TryGet(string id, out MotifDefinition motif)
    {
        foreach (var m in All)
        {
            if (string.Equals(m.Id, id, StringComparison.OrdinalIgnoreCase))
            {
                motif = m;
                return true;
            }
        }

        motif = null!;
        return false;
    }

    private static MotifParameter P(string name, double min, double max, double def, string description) => new(name, min, max, def, description);

    private static MotifParameter W(double def = 0.22, double min = 0.14) => P("w", min, 0.26, Math.Max(def, 0.2), "band width (unit frame = 2)");

    // Motifs with tight curls or close neighbours take a narrower band: half the band width must stay below the
    // smallest curl radius and half the gap between parts, or the cut outline folds over itself.
    private static MotifParameter WNarrow(double min, double max, double def) => P("w", min, max, def, "band width (unit frame = 2)");
}
