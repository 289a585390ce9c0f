using System.IO;
using System.Text.Json.Nodes;

namespace Ornament.Cli.Tests.Batch;

/// <summary>--shard K/N: three shards together are the unsharded series, byte for byte, and a folder holding the
/// three shards' files is recognised as the finished series.</summary>
[Collection("batch")]
public class BatchShardTests
{
    [Fact]
    public void Shards_one_two_and_three_of_three_together_equal_the_unsharded_series_byte_for_byte()
    {
        var inputs = SeriesFixture.Inputs();
        var root = CliRunner.TempDir();
        string whole = Path.Combine(root, "whole"), merged = Path.Combine(root, "merged");
        var (code, _, err) = CliRunner.Run(SeriesFixture.Args(inputs, whole));
        Assert.True(code == 0, err);

        var shardFiles = new List<string>();
        for (int k = 1; k <= 3; k++)
        {
            string dir = Path.Combine(root, "shard" + k);
            (code, _, err) = CliRunner.Run(SeriesFixture.Args(inputs, dir, "--shard", $"{k}/3"));
            Assert.True(code == 0, err);
            var items = SeriesFixture.Files(dir).Where(IsItemFile).ToArray();
            Assert.Equal(3 * 4, items.Length); // 4 items × (png, thumb, record)
            foreach (var f in items)
            {
                Assert.DoesNotContain(f, shardFiles);
                shardFiles.Add(f);
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(merged, f))!);
                File.Copy(Path.Combine(dir, f), Path.Combine(merged, f));
                if (!f.StartsWith("items/", StringComparison.Ordinal))
                {
                    Assert.Equal(File.ReadAllBytes(Path.Combine(whole, f)), File.ReadAllBytes(Path.Combine(dir, f)));
                }
            }
        }

        Assert.Equal(SeriesFixture.Files(whole).Where(IsItemFile), shardFiles.Order(StringComparer.Ordinal));

        // The merged folder is the finished series: nothing to render, and the series files equal the unsharded
        // ones (the manifest up to the measured times).
        (code, _, err) = CliRunner.Run(SeriesFixture.Args(inputs, merged));
        Assert.True(code == 0, err);
        Assert.Contains("12 already done, rendering 0", err, StringComparison.Ordinal);
        foreach (var f in new[] { "traits.json", "contact-sheet.png", "index.html" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(whole, f)), File.ReadAllBytes(Path.Combine(merged, f)));
        }

        Assert.Equal(WithoutTimes(Path.Combine(whole, "manifest.json")), WithoutTimes(Path.Combine(merged, "manifest.json")));
    }

    private static bool IsItemFile(string f) => !f.Contains('/', StringComparison.Ordinal) ? f.StartsWith("0", StringComparison.Ordinal) : f.StartsWith("thumbs/", StringComparison.Ordinal) || f.StartsWith("items/", StringComparison.Ordinal);

    private static string WithoutTimes(string manifest)
    {
        var json = JsonNode.Parse(File.ReadAllText(manifest))!;
        foreach (var item in json["items"]!.AsArray())
        {
            item!.AsObject().Remove("ms");
        }

        return json.ToJsonString();
    }
}
