using System.Globalization;
using System.Text;
using Ornament.Paint;

namespace Ornament.Generators;

/// <summary>Reads and writes GIMP palettes (.gpl: a "GIMP Palette" header, optional Name:/Columns: lines, # comments,
/// then "R G B name" rows). The first word of the name column is the role; the rest is the note. The palette kind
/// comes from a "# kind: felt|landscape" comment, else from the roles present. Errors name the file and line.</summary>
public static class GplPalette
{
    /// <summary>Parses GPL text. <paramref name="source"/> names the file in error messages.</summary>
    /// <exception cref="PaletteFormatException">Empty file, bad header, bad colour row, duplicate or missing role.</exception>
    public static Palette Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new PaletteFormatException(source, 1, "the file is empty (expected a 'GIMP Palette' header).");
        }

        if (lines[0].Trim() != "GIMP Palette")
        {
            throw new PaletteFormatException(source, 1, $"expected the header 'GIMP Palette', found '{lines[0].Trim()}'.");
        }

        string name = System.IO.Path.GetFileNameWithoutExtension(source);
        string? kind = null, description = null;
        var entries = new List<PaletteEntry>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        int last = 1;
        for (int i = 1; i < lines.Length; i++)
        {
            int lineNo = i + 1;
            string line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            last = lineNo;

            if (line.StartsWith('#'))
            {
                string c = line[1..].Trim();
                if (c.StartsWith("kind:", StringComparison.Ordinal))
                {
                    kind = c[5..].Trim();
                }
                else if (c.StartsWith("description:", StringComparison.Ordinal))
                {
                    description = c[12..].Trim();
                }

                continue;
            }

            if (line.StartsWith("Name:", StringComparison.Ordinal))
            {
                name = line[5..].Trim();
                continue;
            }

            if (line.StartsWith("Columns:", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = line.Split((char[])[' ', '\t'], 5, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 3)
            {
                throw new PaletteFormatException(source, lineNo, $"expected 'R G B role', found '{line}'.");
            }

            var rgb = new byte[3];
            for (int k = 0; k < 3; k++)
            {
                if (!int.TryParse(parts[k], NumberStyles.None, CultureInfo.InvariantCulture, out int v) || v > 255)
                {
                    throw new PaletteFormatException(source, lineNo, $"'{parts[k]}' is not a colour component 0-255.");
                }

                rgb[k] = (byte)v;
            }

            if (parts.Length < 4)
            {
                throw new PaletteFormatException(source, lineNo, "the colour has no role name (the fourth column).");
            }

            string role = parts[3];
            string? note = parts.Length > 4 ? parts[4].Trim() : null;
            if (seen.TryGetValue(role, out int first))
            {
                throw new PaletteFormatException(source, lineNo, $"role '{role}' is defined twice (first on line {first}).");
            }

            seen[role] = lineNo;
            entries.Add(new PaletteEntry(role, new Rgba8(rgb[0], rgb[1], rgb[2]), note));
        }

        if (entries.Count == 0)
        {
            throw new PaletteFormatException(source, last, "the palette has no colours.");
        }

        kind ??= seen.ContainsKey("sky_top") ? "landscape" : "felt";
        if (kind is not ("felt" or "landscape"))
        {
            throw new PaletteFormatException(source, last, $"kind '{kind}' is not 'felt' or 'landscape'.");
        }

        var required = kind == "felt" ? PaletteJson.FeltRequiredRoles : PaletteJson.LandscapeRequiredRoles;
        var missing = required.Where(r => !seen.ContainsKey(r)).ToArray();
        if (missing.Length > 0)
        {
            throw new PaletteFormatException(source, last, $"missing required role(s) {string.Join(", ", missing)} for a {kind} palette.");
        }

        return new Palette(name, kind, description ?? string.Empty, entries);
    }

    /// <summary>Writes a palette as GPL (LF line ends, tab before the role).</summary>
    public static string Write(Palette palette)
    {
        ArgumentNullException.ThrowIfNull(palette);
        var sb = new StringBuilder();
        sb.Append("GIMP Palette\n");
        sb.Append("Name: ").Append(palette.Name).Append('\n');
        sb.Append("Columns: 0\n");
        sb.Append("# kind: ").Append(palette.Kind).Append('\n');
        if (!string.IsNullOrEmpty(palette.Description))
        {
            sb.Append("# description: ").Append(palette.Description.Replace('\n', ' ')).Append('\n');
        }

        sb.Append("#\n");
        foreach (var e in palette.Entries)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{e.Color.R,3} {e.Color.G,3} {e.Color.B,3}\t{e.Role}");
            if (!string.IsNullOrEmpty(e.Note))
            {
                sb.Append(' ').Append(e.Note.Replace('\n', ' '));
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }
}
