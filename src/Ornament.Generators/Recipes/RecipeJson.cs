using System.IO;
using System.Text;
using System.Text.Json;
using Ornament.Generators.Concepts;

namespace Ornament.Generators.Recipes;

/// <summary>Reads and writes recipes as JSON. Writing is deterministic (fixed property order, invariant numbers,
/// two-space indent, LF line ends); reading validates every settable key through <see cref="RecipeSchema"/>, so a
/// hand-edited recipe gets the same error messages as <c>--set</c>.</summary>
public static class RecipeJson
{
    /// <summary>Serialises a recipe.</summary>
    public static string Serialize(Recipe recipe)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var r = recipe;
            w.WriteStartObject();
            w.WriteNumber("version", r.Version);
            w.WriteString("source", r.Source);
            w.WriteString("textSha256", r.TextSha256);
            w.WriteString("lexicon", r.Lexicon);
            w.WriteString("mode", r.Mode);
            w.WriteNumber("width", r.Width);
            w.WriteNumber("height", r.Height);
            WriteNullable(w, "size", r.Size);
            if (r.Dpi is { } dpi)
            {
                w.WriteNumber("dpi", dpi);
            }
            else
            {
                w.WriteNull("dpi");
            }

            w.WriteString("palette", r.Palette);
            w.WriteBoolean("vibrant", r.Vibrant);
            w.WriteNumber("chroma", r.Chroma);
            w.WriteString("seedMode", r.SeedMode == SeedMode.Concepts ? "concepts" : "text");
            w.WriteString("seed", RecipeSeeds.Hex(r.Seeds.Master));
            WriteNullable(w, "variation", r.Variation?.Code);
            w.WriteStartObject("seeds");
            w.WriteString("effective", RecipeSeeds.Hex(r.Seeds.Effective));
            foreach (var (label, seed) in r.Seeds.Subs)
            {
                w.WriteString(label, RecipeSeeds.Hex(seed));
            }

            w.WriteEndObject();

            var o = r.Ornament;
            w.WriteStartObject("ornament");
            w.WriteString("technique", o.Technique);
            w.WriteString("field", o.Field);
            w.WriteString("border", o.Border);
            w.WriteString("corner", o.Corner);
            WriteList(w, "motifs", o.Motifs);
            w.WriteString("symmetry", o.Symmetry);
            w.WriteNumber("intricacy", o.Intricacy);
            w.WriteBoolean("twin", o.Twin);
            w.WriteNumber("texture", o.Texture);
            w.WriteString("strokes", o.Strokes);
            WriteNullable(w, "paletteBlend", o.PaletteBlend);
            w.WriteNumber("paletteBlendAmount", o.PaletteBlendAmount);
            w.WriteEndObject();

            var l = r.Landscape;
            w.WriteStartObject("landscape");
            w.WriteString("scene", l.Scene);
            w.WriteString("time", l.Time);
            WriteList(w, "series", l.Series);
            w.WriteString("style", l.Style);
            w.WriteString("strokes", l.Strokes);
            w.WriteNumber("density", l.Density);
            w.WriteNumber("yurts", l.Yurts);
            w.WriteNumber("riders", l.Riders);
            w.WriteNumber("stars", l.Stars);
            w.WriteBoolean("moon", l.Moon);
            w.WriteBoolean("tulips", l.Tulips);
            w.WriteNumber("bristles", l.Bristles);
            w.WriteEndObject();

            var f = r.Frame;
            w.WriteStartObject("frame");
            w.WriteString("kind", f.Kind);
            WriteList(w, "motifs", f.Motifs);
            w.WriteNumber("repeat", f.Repeat);
            w.WriteBoolean("dense", f.Dense);
            w.WriteEndObject();

            w.WriteStartArray("concepts");
            foreach (var c in r.Concepts)
            {
                w.WriteStartObject();
                w.WriteString("id", c.Id);
                w.WriteNumber("score", c.Score);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("phrases");
            foreach (var p in r.Phrases)
            {
                w.WriteStartObject();
                w.WriteString("text", p.Text);
                w.WriteNumber("score", p.Score);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(ms.ToArray()) + "\n";
    }

    /// <summary>Parses and validates a recipe. <paramref name="source"/> names the file in error messages.</summary>
    /// <exception cref="RecipeFormatException">Bad JSON, an unknown key, a bad value, or an unsupported version.</exception>
    public static Recipe Deserialize(string json, string source = "recipe")
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new RecipeFormatException($"{source}:{(ex.LineNumber ?? 0) + 1}: invalid JSON", ex);
        }

        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new RecipeFormatException($"{source}: a recipe must be a JSON object");
            }

            var r = new Recipe();
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                r = ReadTop(r, p, source);
            }

            return r;
        }
    }

    private static Recipe ReadTop(Recipe r, JsonProperty p, string source)
    {
        var v = p.Value;
        switch (p.Name)
        {
            case "version":
                return v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int ver) && ver == Recipe.CurrentVersion
                    ? r
                    : throw new RecipeFormatException($"{source}: recipe version {v.GetRawText()} is not supported (this library reads version {Recipe.CurrentVersion})");
            case "source": return r with { Source = Str(v, source, p.Name) };
            case "textSha256": return r with { TextSha256 = Str(v, source, p.Name) };
            case "lexicon": return r with { Lexicon = Str(v, source, p.Name) };
            case "seedMode":
                return Str(v, source, p.Name) switch
                {
                    "text" => r with { SeedMode = SeedMode.Text },
                    "concepts" => r with { SeedMode = SeedMode.Concepts },
                    var s => throw new RecipeFormatException($"{source}: seedMode '{s}' must be text or concepts"),
                };
            case "seeds":
                // Derived data: recomputed from seed + variation, so it is checked rather than trusted.
                return r;
            case "concepts":
                return r with { Concepts = Array(v, source, p.Name).Select(e => new ConceptScore(Str(Prop(e, "id", source, p.Name), source, "concepts.id"), Num(Prop(e, "score", source, p.Name), source, "concepts.score"))).ToArray() };
            case "phrases":
                return r with { Phrases = Array(v, source, p.Name).Select((e, i) => new RakePhrase(Str(Prop(e, "text", source, p.Name), source, "phrases.text"), Num(Prop(e, "score", source, p.Name), source, "phrases.score"), i)).ToArray() };
            case "ornament" or "landscape" or "frame":
                if (v.ValueKind != JsonValueKind.Object)
                {
                    throw new RecipeFormatException($"{source}: '{p.Name}' must be an object");
                }

                foreach (var q in v.EnumerateObject())
                {
                    r = ReadSection(r, p.Name, q, source);
                }

                return r;
            default:
                return SetScalar(r, p.Name, v, source);
        }
    }

    private static Recipe ReadSection(Recipe r, string section, JsonProperty q, string source)
    {
        string path = section + "." + q.Name;
        switch (path)
        {
            case "ornament.motifs": return r with { Ornament = r.Ornament with { Motifs = StrList(q.Value, source, path) } };
            case "frame.motifs": return r with { Frame = r.Frame with { Motifs = StrList(q.Value, source, path) } };
            case "landscape.series":
                var series = StrList(q.Value, source, path);
                var bad = series.FirstOrDefault(s => !RecipeSchema.Times.Contains(s));
                return bad is null
                    ? r with { Landscape = r.Landscape with { Series = series } }
                    : throw new RecipeFormatException($"{source}: {path} has '{bad}'; expected {string.Join(", ", RecipeSchema.Times)}");
            case "ornament.paletteBlend":
                return r with { Ornament = r.Ornament with { PaletteBlend = q.Value.ValueKind == JsonValueKind.Null ? null : Str(q.Value, source, path) } };
            case "ornament.paletteBlendAmount":
                double amount = q.Value.ValueKind == JsonValueKind.Number ? q.Value.GetDouble() : -1;
                return amount is >= 0 and <= 1
                    ? r with { Ornament = r.Ornament with { PaletteBlendAmount = amount } }
                    : throw new RecipeFormatException($"{source}: {path} must be a number from 0 to 1");
            default:
                return SetScalar(r, path, q.Value, source);
        }
    }

    private static Recipe SetScalar(Recipe r, string path, JsonElement v, string source)
    {
        if (v.ValueKind == JsonValueKind.Null && path is "size" or "dpi" or "variation")
        {
            return r;
        }

        string text = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString()!,
            JsonValueKind.Number => v.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => throw new RecipeFormatException($"{source}: '{path}' must be a string, number or boolean"),
        };
        try
        {
            return RecipeOverrides.Set(r, path, text);
        }
        catch (RecipeOverrideException ex)
        {
            throw new RecipeFormatException($"{source}: {ex.Message}", ex);
        }
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteList(Utf8JsonWriter w, string name, IReadOnlyList<string> items)
    {
        w.WriteStartArray(name);
        foreach (var s in items)
        {
            w.WriteStringValue(s);
        }

        w.WriteEndArray();
    }

    private static string Str(JsonElement e, string source, string name) => e.ValueKind == JsonValueKind.String
        ? e.GetString()!
        : throw new RecipeFormatException($"{source}: '{name}' must be a string");

    // Found by fuzzing: a concept or phrase without "score" threw KeyNotFoundException, and a score of 1e999 was
    // read as infinity and only failed when the recipe was written back.
    private static JsonElement Prop(JsonElement e, string property, string source, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(property, out var v)
            ? v
            : throw new RecipeFormatException($"{source}: every entry of '{name}' must be an object with '{property}'");

    private static double Num(JsonElement e, string source, string name) =>
        e.ValueKind == JsonValueKind.Number && e.TryGetDouble(out double d) && double.IsFinite(d)
            ? d
            : throw new RecipeFormatException($"{source}: '{name}' must be a finite number");

    private static IEnumerable<JsonElement> Array(JsonElement e, string source, string name) => e.ValueKind == JsonValueKind.Array
        ? e.EnumerateArray().ToArray()
        : throw new RecipeFormatException($"{source}: '{name}' must be an array");

    private static string[] StrList(JsonElement e, string source, string name) =>
        Array(e, source, name).Select(x => Str(x, source, name)).ToArray();
}

/// <summary>A recipe document could not be read; the message names the source and the problem.</summary>
public sealed class RecipeFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public RecipeFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public RecipeFormatException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public RecipeFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
