using System.IO;
using System.Reflection;

namespace Ornament.Generators;

/// <summary>The built-in palettes (embedded from the repository's palettes/ folder) and loading by name or path.</summary>
public static class PaletteRegistry
{
    private static readonly Lazy<IReadOnlyDictionary<string, Palette>> BuiltIns = new(LoadBuiltIns);

    /// <summary>All built-in palettes by name.</summary>
    public static IReadOnlyDictionary<string, Palette> All => BuiltIns.Value;

    /// <summary>A built-in palette by name, or a palette file by path: GIMP .gpl when the name ends in .gpl, else
    /// Ornament JSON.</summary>
    /// <exception cref="KeyNotFoundException">No such built-in palette (the message suggests the nearest names).</exception>
    /// <exception cref="PaletteFormatException">The file is malformed.</exception>
    public static Palette Resolve(string nameOrPath)
    {
        if (All.TryGetValue(nameOrPath, out var p))
        {
            return p;
        }

        if (nameOrPath.Contains('/', StringComparison.Ordinal) || nameOrPath.Contains('\\', StringComparison.Ordinal) ||
            nameOrPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || nameOrPath.EndsWith(".gpl", StringComparison.OrdinalIgnoreCase) ||
            File.Exists(nameOrPath))
        {
            if (!File.Exists(nameOrPath))
            {
                throw new FileNotFoundException($"palette file '{nameOrPath}' does not exist", nameOrPath);
            }

            if (new FileInfo(nameOrPath).Length > MaxFileBytes)
            {
                throw new PaletteFormatException(nameOrPath, null, $"the file is larger than {MaxFileBytes / (1024 * 1024)} MiB; a palette is a few lines.");
            }

            string text = File.ReadAllText(nameOrPath);
            return nameOrPath.EndsWith(".gpl", StringComparison.OrdinalIgnoreCase) ? GplPalette.Parse(text, nameOrPath) : PaletteJson.Parse(text, nameOrPath);
        }

        var near = All.Keys.OrderBy(k => Levenshtein(k, nameOrPath)).ThenBy(k => k, StringComparer.Ordinal).Take(2);
        throw new KeyNotFoundException($"unknown palette '{nameOrPath}'; did you mean {string.Join(" or ", near.Select(n => $"'{n}'"))}?");
    }

    /// <summary>Largest palette file read (a palette is a few hundred bytes).</summary>
    public const long MaxFileBytes = 1 << 20;

    private static IReadOnlyDictionary<string, Palette> LoadBuiltIns()
    {
        var asm = typeof(PaletteRegistry).Assembly;
        var d = new SortedDictionary<string, Palette>(StringComparer.Ordinal);
        foreach (var res in asm.GetManifestResourceNames().Where(n => n.StartsWith("palettes/", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var s = asm.GetManifestResourceStream(res)!;
            using var r = new StreamReader(s);
            var p = PaletteJson.Parse(r.ReadToEnd(), res);
            d[p.Name] = p;
        }

        return d;
    }

    internal static int Levenshtein(string a, string b)
    {
        // Only short names are worth comparing; found by fuzzing: a 500 KB key made every "did you mean" cost
        // seconds. A long string is simply far from every name.
        if (a.Length > 256 || b.Length > 256)
        {
            return Math.Max(a.Length, b.Length);
        }

        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }
}
