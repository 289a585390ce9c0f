using System.IO;
using System.Text.Json;

namespace Ornament.Cli.Batch;

/// <summary>Reads and writes <see cref="ItemRecord"/> sidecars. Writing is deterministic apart from the time taken;
/// the recipe is stored as a JSON object, re-indented with the record.</summary>
internal static class ItemRecordJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Serialize(ItemRecord r)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, Options))
        {
            Write(w, r);
        }

        ms.WriteByte((byte)'\n');
        return ms.ToArray();
    }

    public static void Write(Utf8JsonWriter w, ItemRecord r)
    {
        w.WriteStartObject();
        w.WriteNumber("item", r.Number);
        w.WriteString("name", r.Name);
        w.WriteString("variation", r.Variation);
        w.WriteString("source", r.Source);
        w.WriteNumber("width", r.Width);
        w.WriteNumber("height", r.Height);
        w.WriteStartObject("traits");
        foreach (var t in r.Traits)
        {
            w.WriteString(t.Name, t.Value);
        }

        w.WriteEndObject();
        w.WriteStartArray("files");
        foreach (var f in r.Files)
        {
            WriteFile(w, f, null);
        }

        w.WriteEndArray();
        w.WritePropertyName("thumb");
        WriteFile(w, r.Thumb, (r.ThumbWidth, r.ThumbHeight));
        w.WriteNumber("ms", r.Milliseconds);
        w.WriteString("key", r.Key);
        w.WritePropertyName("recipe");
        using (var recipe = JsonDocument.Parse(r.RecipeJson))
        {
            recipe.RootElement.WriteTo(w);
        }

        w.WriteEndObject();
    }

    private static void WriteFile(Utf8JsonWriter w, ItemFile f, (int W, int H)? size)
    {
        w.WriteStartObject();
        w.WriteString("path", f.Path);
        if (size is { } s)
        {
            w.WriteNumber("width", s.W);
            w.WriteNumber("height", s.H);
        }

        w.WriteString("sha256", f.Sha256);
        w.WriteNumber("bytes", f.Bytes);
        w.WriteEndObject();
    }

    /// <summary>Reads a record; null when the file is missing or not a record (it is then treated as not done).</summary>
    public static ItemRecord? TryRead(string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var e = doc.RootElement;
            var traits = e.GetProperty("traits").EnumerateObject().Select(p => new Generators.Recipes.Trait(p.Name, p.Value.GetString() ?? "None")).ToArray();
            var files = e.GetProperty("files").EnumerateArray().Select(ReadFile).ToArray();
            var thumb = e.GetProperty("thumb");
            return new ItemRecord(
                e.GetProperty("item").GetInt32(),
                e.GetProperty("name").GetString() ?? string.Empty,
                e.GetProperty("key").GetString() ?? string.Empty,
                e.GetProperty("variation").GetString(),
                e.GetProperty("source").GetString() ?? string.Empty,
                e.GetProperty("width").GetInt32(),
                e.GetProperty("height").GetInt32(),
                traits,
                files,
                ReadFile(thumb),
                thumb.GetProperty("width").GetInt32(),
                thumb.GetProperty("height").GetInt32(),
                e.GetProperty("ms").GetInt64(),
                e.GetProperty("recipe").GetRawText());
        }
        catch (Exception ex) when (ex is IOException or JsonException or KeyNotFoundException or InvalidOperationException or FormatException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static ItemFile ReadFile(JsonElement e) =>
        new(e.GetProperty("path").GetString() ?? string.Empty, e.GetProperty("sha256").GetString() ?? string.Empty, e.GetProperty("bytes").GetInt64());
}
