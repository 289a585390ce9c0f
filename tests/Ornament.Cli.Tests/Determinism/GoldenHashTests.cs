using System.IO;
using System.Security.Cryptography;
using Ornament.Generators.Recipes;
using Ornament.Testing;

namespace Ornament.Cli.Tests.Determinism;

/// <summary>Determinism across machines: the SHA-256 of the PNG bytes the CLI writes for a fixed set of small
/// recipes (every felt technique, landscape scenes in each render style, a hybrid) is committed in
/// golden-sha256.txt and must hold at 1, 2 and 7 threads. .ci/run reruns this class with
/// DOTNET_EnableHWIntrinsic=0 and DOTNET_EnableAVX2=0, so the scalar and SIMD paths must agree to the byte.
/// When rendering changes on purpose, regenerate the file with one command (see <see cref="Regenerate"/>).</summary>
public class GoldenHashTests
{
    /// <summary>The command that rewrites the golden file after an intended rendering change.</summary>
    public const string Regenerate =
        "ORNAMENT_REPLACE=1 dotnet test tests/Ornament.Cli.Tests -c Release --filter FullyQualifiedName~Determinism.GoldenHashTests";

    private static readonly int[] ThreadCounts = [1, 2, 7];

    /// <summary>Name → how the recipe is made (story, overrides). Small sizes keep the suite fast.</summary>
    public static TheoryData<string> Names => new(Recipes.Keys);

    internal static readonly SortedDictionary<string, (string Story, string[] Set)> Recipes = new(StringComparer.Ordinal)
    {
        ["felt-syrmak"] = ("bekzat-popov", ["mode=ornament", "ornament.technique=syrmak", "width=160", "height=200"]),
        ["felt-shyrdak"] = ("bekzat-popov", ["mode=ornament", "ornament.technique=shyrdak", "width=160", "height=200"]),
        ["felt-tekemet"] = ("bakhyt-naoko", ["mode=ornament", "ornament.technique=tekemet", "width=160", "height=200"]),
        ["felt-tuskiiz"] = ("bakhyt-naoko", ["mode=ornament", "ornament.technique=tuskiiz", "width=160", "height=200"]),
        ["felt-alasha"] = ("bekzat-popov", ["mode=ornament", "ornament.technique=alasha", "width=160", "height=200"]),
        ["landscape-steppe-painterly"] = ("bekzat-popov", ["mode=landscape", "landscape.scene=steppe", "landscape.style=painterly", "width=200", "height=140"]),
        ["landscape-mountains-photographic"] = ("bakhyt-naoko", ["mode=landscape", "landscape.scene=mountains", "landscape.style=photographic", "width=200", "height=140"]),
        ["landscape-desert-watercolour"] = ("bekzat-popov", ["mode=landscape", "landscape.scene=desert", "landscape.style=watercolour", "width=200", "height=140"]),
        ["landscape-night-painterly"] = ("bakhyt-naoko", ["mode=landscape", "landscape.scene=night", "landscape.style=painterly", "width=200", "height=140"]),
        ["hybrid-steppe"] = ("bekzat-popov", ["mode=hybrid", "landscape.scene=steppe", "width=200", "height=160"]),
    };

    private static string GoldenFile => Path.Combine(ReferenceImage.RepoRoot, "tests", "Ornament.Cli.Tests", "Determinism", "golden-sha256.txt");

    [Theory]
    [MemberData(nameof(Names))]
    public void Png_bytes_match_the_committed_hash_at_every_thread_count(string name)
    {
        var (story, set) = Recipes[name];
        var recipe = RecipeBuilder.FromStory(story, null, set);
        var scene = RecipeScene.Build(recipe);
        var (w, h) = RecipeScene.PixelSize(recipe, scene);
        var hashes = ThreadCounts.Select(t => Sha256(Encode(scene, w, h, recipe.Dpi, t))).ToArray();
        for (int i = 1; i < hashes.Length; i++)
        {
            Assert.True(hashes[i] == hashes[0], $"{name}: {ThreadCounts[i]} threads give {hashes[i]}, 1 thread gives {hashes[0]}");
        }

        if (Environment.GetEnvironmentVariable("ORNAMENT_REPLACE") == "1")
        {
            lock (Recipes)
            {
                var all = Read();
                all[name] = hashes[0];
                File.WriteAllLines(GoldenFile, all.Select(kv => $"{kv.Key} {kv.Value}"));
            }

            return;
        }

        var golden = Read();
        Assert.True(golden.TryGetValue(name, out var expected), $"{name} has no golden hash in {GoldenFile}; create it with: {Regenerate}");
        Assert.True(
            expected == hashes[0],
            $"{name}: the PNG hashes to {hashes[0]}, the committed golden value is {expected}. If this machine, SIMD setting or thread " +
            $"count differs from the one that made it, determinism is broken. If rendering changed on purpose, look at the pictures and " +
            $"regenerate with: {Regenerate}");
    }

    [Fact]
    public void The_golden_file_lists_exactly_the_recipes()
    {
        if (Environment.GetEnvironmentVariable("ORNAMENT_REPLACE") == "1")
        {
            return; // the theory rows are rewriting it
        }

        Assert.Equal(Recipes.Keys, Read().Keys);
    }

    private static SortedDictionary<string, string> Read()
    {
        var d = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (File.Exists(GoldenFile))
        {
            foreach (var line in File.ReadAllLines(GoldenFile).Where(l => l.Length > 0 && !l.StartsWith('#')))
            {
                var parts = line.Split(' ', 2);
                d[parts[0]] = parts[1].Trim();
            }
        }

        return d;
    }

    /// <summary>The exact bytes `ornament render -o -` writes (SceneOutput: iTXt recipe, pHYs when a dpi is set).</summary>
    private static byte[] Encode(Ornament.Paint.Scene scene, int w, int h, double? dpi, int threads)
    {
        var ms = new MemoryStream();
        var console = new CliConsole(TextWriter.Null, TextWriter.Null, () => ms, () => Stream.Null);
        SceneOutput.Write(scene, "-", w, h, dpi, threads, console);
        return ms.ToArray();
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
}
