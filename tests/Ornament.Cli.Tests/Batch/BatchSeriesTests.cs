using System.IO;
using System.Text.Json;
using Ornament.Encode;
using Ornament.Generators.Recipes;

namespace Ornament.Cli.Tests.Batch;

/// <summary>`ornament batch` end to end on a 12-item series: valid files, a complete manifest whose hashes and
/// traits are recomputed independently, trait counts, resume without rewriting, and refusal to mix series.</summary>
[Collection("batch")]
public class BatchSeriesTests
{
    [Fact]
    public void A_twelve_item_series_has_valid_files_a_complete_manifest_right_hashes_and_right_trait_counts()
    {
        var outDir = Path.Combine(CliRunner.TempDir(), "series");
        var (code, _, err) = CliRunner.Run(SeriesFixture.Args(SeriesFixture.Inputs(), outDir));
        Assert.True(code == 0, err);

        SeriesFixture.AssertPngsValid(outDir);
        using var manifest = SeriesFixture.Manifest(outDir);
        var root = manifest.RootElement;
        Assert.Equal(12, root.GetProperty("planned").GetInt32());
        Assert.True(root.GetProperty("complete").GetBoolean());
        var items = root.GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(12, items.Length);

        var counted = new Dictionary<(string, string), int>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < items.Length; i++)
        {
            var item = items[i];
            Assert.Equal(i + 1, item.GetProperty("item").GetInt32());
            Assert.True(names.Add(item.GetProperty("name").GetString()!));
            string code6 = item.GetProperty("variation").GetString()!;
            Assert.True(Variation.TryParse(code6, out _), code6);
            Assert.True(item.GetProperty("ms").GetInt64() >= 0);

            // Every listed file (and the thumbnail) exists with the recorded size and SHA-256, recomputed here.
            var files = item.GetProperty("files").EnumerateArray().Append(item.GetProperty("thumb")).ToArray();
            Assert.Equal(2, files.Length);
            foreach (var f in files)
            {
                var path = Path.Combine(outDir, f.GetProperty("path").GetString()!);
                Assert.True(File.Exists(path), path);
                Assert.Equal(f.GetProperty("bytes").GetInt64(), new FileInfo(path).Length);
                Assert.Equal(f.GetProperty("sha256").GetString(), SeriesFixture.Sha256(path));
            }

            // The manifest's recipe is the one the PNG carries, and its traits are what Traits computes from it.
            var png = PngDecoder.Decode(File.ReadAllBytes(Path.Combine(outDir, files[0].GetProperty("path").GetString()!)));
            var embedded = RecipeJson.Deserialize(png.Text["ornament:recipe"]);
            Assert.Equal(RecipeJson.Serialize(embedded), RecipeJson.Serialize(RecipeJson.Deserialize(item.GetProperty("recipe").GetRawText())));
            Assert.Equal(code6, embedded.Variation?.Code);
            var traits = item.GetProperty("traits").EnumerateObject().Select(p => (p.Name, p.Value.GetString()!)).ToArray();
            Assert.Equal(Traits.FromRecipe(embedded).Select(t => (t.Name, t.Value)), traits);
            foreach (var t in traits)
            {
                counted[t] = counted.GetValueOrDefault(t) + 1;
            }
        }

        using var traitsJson = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outDir, "traits.json")));
        Assert.Equal(12, traitsJson.RootElement.GetProperty("items").GetInt32());
        var written = new Dictionary<(string, string), int>();
        foreach (var trait in traitsJson.RootElement.GetProperty("traits").EnumerateObject())
        {
            Assert.Equal(12, trait.Value.EnumerateObject().Sum(v => v.Value.GetInt32()));
            foreach (var v in trait.Value.EnumerateObject())
            {
                written[(trait.Name, v.Name)] = v.Value.GetInt32();
            }
        }

        Assert.Equal(counted.OrderBy(k => k.Key).ToArray(), written.OrderBy(k => k.Key).ToArray());
        Assert.Equal(Traits.Names, traitsJson.RootElement.GetProperty("traits").EnumerateObject().Select(p => p.Name));
        Assert.Contains(written, kv => kv.Key.Item1 == "Technique" && kv.Key.Item2 == "Tekemet" && kv.Value == 4);

        foreach (var f in new[] { "contact-sheet.png", "index.html", "traits.json" })
        {
            Assert.True(File.Exists(Path.Combine(outDir, f)), f);
        }

        Assert.Empty(Directory.GetFiles(outDir, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_rerun_renders_nothing_and_rewrites_no_item_file_and_other_settings_are_refused()
    {
        var inputs = SeriesFixture.Inputs();
        var outDir = Path.Combine(CliRunner.TempDir(), "series");
        var (code, _, err) = CliRunner.Run(SeriesFixture.Args(inputs, outDir, "--count", "2"));
        Assert.True(code == 0, err);
        var before = SeriesFixture.Files(outDir).Where(f => f.StartsWith("0", StringComparison.Ordinal) || f.StartsWith("thumbs/", StringComparison.Ordinal) || f.StartsWith("items/", StringComparison.Ordinal))
            .ToDictionary(f => f, f => (File.GetLastWriteTimeUtc(Path.Combine(outDir, f)), SeriesFixture.Sha256(Path.Combine(outDir, f))));
        Assert.Equal(18, before.Count);

        (code, _, err) = CliRunner.Run(SeriesFixture.Args(inputs, outDir, "--count", "2"));
        Assert.True(code == 0, err);
        Assert.Contains("6 already done, rendering 0", err, StringComparison.Ordinal);
        foreach (var (f, (time, sha)) in before)
        {
            Assert.Equal(time, File.GetLastWriteTimeUtc(Path.Combine(outDir, f)));
            Assert.Equal(sha, SeriesFixture.Sha256(Path.Combine(outDir, f)));
        }

        // Another size into the same folder would mix two series: refused with one line, nothing rendered.
        (code, _, err) = CliRunner.Run(SeriesFixture.Args(inputs, outDir, "--count", "2", "--width", "80"));
        Assert.Equal(1, code);
        Assert.Contains("holds another series", err, StringComparison.Ordinal);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), SeriesFixture.Files(outDir).Where(before.ContainsKey));
        Assert.Equal(18 + 4, SeriesFixture.Files(outDir).Length); // + manifest, traits, contact sheet, page
    }

    [Theory]
    [InlineData("--shard", "0/3")]
    [InlineData("--shard", "4/3")]
    [InlineData("--format", "gif")]
    [InlineData("--jobs", "0")]
    [InlineData("--variation", "3F7K2Q")]
    public void Bad_flags_are_usage_errors(string flag, string value)
    {
        var outDir = Path.Combine(CliRunner.TempDir(), "series");
        var (code, _, err) = CliRunner.Run("batch", "--story", "bekzat-balode", "--count", "2", "--out", outDir, flag, value);
        Assert.Equal(2, code);
        Assert.Single(err.TrimEnd().Split('\n'));
        Assert.StartsWith("ornament: ", err, StringComparison.Ordinal);
    }
}
