using System.Text;
using System.Text.Json;
using Ornament.Paint;

namespace Ornament.Generators;

/// <summary>Reads and writes the palette JSON format (see palettes/README.md). Errors name the source and line.</summary>
public static class PaletteJson
{
    /// <summary>Roles every felt palette must define.</summary>
    public static IReadOnlyList<string> FeltRequiredRoles { get; } = ["ground", "figure", "cord"];

    /// <summary>Roles every landscape palette must define.</summary>
    public static IReadOnlyList<string> LandscapeRequiredRoles { get; } = ["sky_top", "sky_mid", "horizon", "far", "mid", "near", "accent"];

    /// <summary>Parses palette JSON text. <paramref name="source"/> names the file in error messages.</summary>
    /// <exception cref="PaletteFormatException">Bad syntax, a bad hex colour, a missing or duplicate role.</exception>
    public static Palette Parse(string json, string source)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        string? name = null, kind = null, description = null;
        var entries = new List<PaletteEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            Expect(ref reader, JsonTokenType.StartObject, source);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string prop = reader.GetString()!;
                long line = Line(bytes, reader.TokenStartIndex);
                reader.Read();
                switch (prop)
                {
                    case "name": name = ReadString(ref reader, source, line, prop); break;
                    case "kind": kind = ReadString(ref reader, source, line, prop); break;
                    case "description": description = ReadString(ref reader, source, line, prop); break;
                    case "roles":
                        if (reader.TokenType != JsonTokenType.StartArray)
                        {
                            throw new PaletteFormatException(source, line, "'roles' must be an array of {role, hex, note} objects.");
                        }

                        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                        {
                            long entryLine = Line(bytes, reader.TokenStartIndex);
                            string? role = null, hex = null, note = null;
                            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                            {
                                string p = reader.GetString()!;
                                long pl = Line(bytes, reader.TokenStartIndex);
                                reader.Read();
                                string v = ReadString(ref reader, source, pl, p);
                                switch (p)
                                {
                                    case "role": role = v; break;
                                    case "hex": hex = v; entryLine = pl; break;
                                    case "note": note = v; break;
                                    default: throw new PaletteFormatException(source, pl, $"unknown key '{p}' in a role entry (expected role, hex, note).");
                                }
                            }

                            if (string.IsNullOrWhiteSpace(role))
                            {
                                throw new PaletteFormatException(source, entryLine, "a role entry has no 'role' name.");
                            }

                            if (!seen.Add(role))
                            {
                                throw new PaletteFormatException(source, entryLine, $"role '{role}' is defined twice.");
                            }

                            if (hex is null || !Rgba8.TryFromHex(hex, out var color) || !hex.TrimStart('#').Length.Equals(6))
                            {
                                throw new PaletteFormatException(source, entryLine, $"role '{role}' has bad colour '{hex}' (expected #rrggbb).");
                            }

                            entries.Add(new PaletteEntry(role, color, note));
                        }

                        break;
                    default:
                        throw new PaletteFormatException(source, line, $"unknown key '{prop}' (expected name, kind, description, roles).");
                }
            }
        }
        catch (JsonException ex)
        {
            throw new PaletteFormatException(source, (ex.LineNumber ?? 0) + 1, "invalid JSON: " + FirstSentence(ex.Message));
        }

        name ??= System.IO.Path.GetFileNameWithoutExtension(source);
        kind ??= "felt";
        if (kind is not ("felt" or "landscape"))
        {
            throw new PaletteFormatException(source, null, $"kind '{kind}' is not 'felt' or 'landscape'.");
        }

        if (entries.Count == 0)
        {
            throw new PaletteFormatException(source, null, "the palette has no colours ('roles' is missing or empty).");
        }

        var required = kind == "felt" ? FeltRequiredRoles : LandscapeRequiredRoles;
        var missing = required.Where(r => !seen.Contains(r)).ToArray();
        if (missing.Length > 0)
        {
            throw new PaletteFormatException(source, null, $"missing required role(s) {string.Join(", ", missing)} for a {kind} palette.");
        }

        return new Palette(name, kind, description ?? string.Empty, entries);
    }

    /// <summary>Writes a palette as JSON.</summary>
    public static string Write(Palette palette)
    {
        using var ms = new System.IO.MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("name", palette.Name);
            w.WriteString("kind", palette.Kind);
            w.WriteString("description", palette.Description);
            w.WriteStartArray("roles");
            foreach (var e in palette.Entries)
            {
                w.WriteStartObject();
                w.WriteString("role", e.Role);
                w.WriteString("hex", e.Color.ToHex());
                if (!string.IsNullOrEmpty(e.Note))
                {
                    w.WriteString("note", e.Note);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(ms.ToArray()) + "\n";
    }

    private static void Expect(ref Utf8JsonReader r, JsonTokenType t, string source)
    {
        if (!r.Read() || r.TokenType != t)
        {
            throw new PaletteFormatException(source, 1, "a palette file must be one JSON object.");
        }
    }

    private static string ReadString(ref Utf8JsonReader r, string source, long line, string prop)
    {
        if (r.TokenType != JsonTokenType.String)
        {
            throw new PaletteFormatException(source, line, $"'{prop}' must be a string.");
        }

        return r.GetString()!;
    }

    private static long Line(byte[] bytes, long offset)
    {
        long line = 1;
        for (long i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
            }
        }

        return line;
    }

    private static string FirstSentence(string s)
    {
        int i = s.IndexOf(". ", StringComparison.Ordinal);
        return i > 0 ? s[..i] : s;
    }
}
