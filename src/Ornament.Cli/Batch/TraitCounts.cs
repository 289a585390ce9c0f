using System.IO;
using System.Text.Json;
using Ornament.Generators.Recipes;

namespace Ornament.Cli.Batch;

/// <summary>traits.json: for every trait of KAZAKH-ORNAMENT.md §6.5, how many items of the series have each value
/// (most common first, ties by name), the table rarity scores are made from.</summary>
internal static class TraitCounts
{
    public const string FileName = "traits.json";

    /// <summary>Trait name → (value, count) in output order.</summary>
    public static IReadOnlyList<(string Trait, IReadOnlyList<(string Value, int Count)> Values)> Count(IReadOnlyList<ItemRecord> done) =>
        Traits.Names.Select(name => (name, (IReadOnlyList<(string, int)>)done
            .GroupBy(r => r.TraitValue(name), StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(v => v.Item2).ThenBy(v => v.Key, StringComparer.Ordinal)
            .ToArray())).ToArray();

    public static void Write(BatchSettings settings, IReadOnlyList<ItemRecord> done)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("items", done.Count);
            w.WriteStartObject("traits");
            foreach (var (trait, values) in Count(done))
            {
                w.WriteStartObject(trait);
                foreach (var (value, count) in values)
                {
                    w.WriteNumber(value, count);
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        ms.WriteByte((byte)'\n');
        var bytes = ms.ToArray();
        AtomicFile.Write(Path.Combine(settings.OutDir, FileName), s => s.Write(bytes));
    }
}
