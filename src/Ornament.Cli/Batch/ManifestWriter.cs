using System.IO;
using System.Text.Json;

namespace Ornament.Cli.Batch;

/// <summary>manifest.json: the series as a whole (how many items are planned and done, the output settings) and,
/// per finished item in series order, its record: recipe, variation code, traits, files with SHA-256, time taken.</summary>
internal static class ManifestWriter
{
    public const string FileName = "manifest.json";

    public static void Write(BatchSettings settings, int planned, IReadOnlyList<ItemRecord> done)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("generator", "ornament batch");
            w.WriteNumber("planned", planned);
            w.WriteNumber("done", done.Count);
            w.WriteBoolean("complete", done.Count == planned);
            w.WriteString("format", settings.Format.ToString().ToLowerInvariant());
            w.WriteNumber("thumb", settings.ThumbSize);
            w.WriteStartArray("items");
            foreach (var r in done)
            {
                ItemRecordJson.Write(w, r);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        ms.WriteByte((byte)'\n');
        var bytes = ms.ToArray();
        AtomicFile.Write(Path.Combine(settings.OutDir, FileName), s => s.Write(bytes));
    }
}
