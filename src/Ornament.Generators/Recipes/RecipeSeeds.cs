using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Ornament.Generators.Recipes;

/// <summary>The seeds of a recipe: the master seed, the effective seed (master mixed with the variation) and one
/// labelled sub-seed per subsystem, so e.g. drawing more palette-jitter numbers never moves the layout.</summary>
/// <param name="Master">Master seed (from the text or the concepts).</param>
/// <param name="Effective">Master mixed with the variation (equal to Master without a variation).</param>
/// <param name="Subs">Label → sub-seed, in <see cref="Labels"/> order.</param>
public sealed record RecipeSeeds(ulong Master, ulong Effective, IReadOnlyList<KeyValuePair<string, ulong>> Subs)
{
    /// <summary>The sub-seed labels, in recipe order.</summary>
    public static IReadOnlyList<string> Labels { get; } = ["layout", "palette_jitter", "motif", "strokes", "stars", "props", "time"];

    /// <summary>Derives all seeds from a master seed and an optional variation.</summary>
    public static RecipeSeeds Derive(ulong master, Variation? variation)
    {
        var root = new SeedPath(master);
        var effective = variation is { } v ? root.Child("variation", (int)v.Value) : root;
        return new RecipeSeeds(master, effective.Seed,
            Labels.Select(l => new KeyValuePair<string, ulong>(l, effective.Child(l).Seed)).ToArray());
    }

    /// <summary>The master seed of a text for the given mode.</summary>
    public static ulong MasterFor(string text, IEnumerable<string> conceptIds, SeedMode mode) => mode switch
    {
        SeedMode.Concepts => SeedPath.FromBytes(SHA256.HashData(Encoding.UTF8.GetBytes(
            "concepts:" + string.Join(',', conceptIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))))).Seed,
        _ => SeedPath.FromText(text).Seed,
    };

    /// <summary>A sub-seed by label.</summary>
    /// <exception cref="KeyNotFoundException">Unknown label.</exception>
    public SeedPath this[string label] => Subs.FirstOrDefault(kv => kv.Key == label) is { Key: not null } kv
        ? new SeedPath(kv.Value)
        : throw new KeyNotFoundException($"no seed labelled '{label}' (labels: {string.Join(", ", Labels)})");

    /// <summary>Formats a seed as 16 lower-case hex digits.</summary>
    public static string Hex(ulong seed) => seed.ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>Parses 1–16 hex digits (optionally 0x-prefixed) or a decimal number written with a leading '#'.</summary>
    public static bool TryParseSeed(string text, out ulong seed)
    {
        string s = text.Trim();
        if (s.StartsWith('#'))
        {
            return ulong.TryParse(s[1..], NumberStyles.None, CultureInfo.InvariantCulture, out seed);
        }

        if (s.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            s = s[2..];
        }

        seed = 0;
        return s.Length is > 0 and <= 16 && ulong.TryParse(s, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out seed);
    }
}
