using System.IO;
using System.Security.Cryptography;
using System.Text.Json;
using Ornament.Testing;

namespace Ornament.Cli.Tests.Batch;

/// <summary>A small series the batch tests share: three input texts (two alasha carpets, one tekemet) × 4
/// variations = 12 items, carpets without felt texture at 96×144 px, so a series renders in seconds on two cores.</summary>
internal static class SeriesFixture
{
    public static string Inputs()
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "a-alasha.txt"), "alasha woven in strips");
        File.WriteAllText(Path.Combine(dir, "b-lattice.txt"), "an alasha with geometric shapes");
        File.WriteAllText(Path.Combine(dir, "c-tekemet.txt"), "a rolled tekemet felt");
        return dir;
    }

    /// <summary>The batch arguments of the 12-item series into <paramref name="outDir"/>; <paramref name="extra"/>
    /// flag/value pairs replace the defaults of the same flag or are added.</summary>
    public static string[] Args(string inputs, string outDir, params string[] extra)
    {
        var flags = new List<(string Flag, string Value)>
        {
            ("--inputs", inputs), ("--count", "4"), ("--kind", "ornament"), ("--set", "ornament.texture=0"), ("--width", "96"),
            ("--height", "144"), ("--thumb", "64"), ("--jobs", "2"), ("--progress", "plain"), ("--out", outDir),
        };
        for (int i = 0; i + 1 < extra.Length; i += 2)
        {
            int at = flags.FindIndex(f => f.Flag == extra[i]);
            if (at >= 0)
            {
                flags[at] = (extra[i], extra[i + 1]);
            }
            else
            {
                flags.Add((extra[i], extra[i + 1]));
            }
        }

        return ["batch", .. flags.SelectMany(f => new[] { f.Flag, f.Value })];
    }

    public static string Sha256(string path)
    {
        using var s = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(s));
    }

    public static JsonDocument Manifest(string outDir) => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outDir, "manifest.json")));

    /// <summary>Every file under <paramref name="dir"/>, relative, with '/' separators, sorted.</summary>
    public static string[] Files(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>Runs pngcheck over every PNG under <paramref name="dir"/> in one call.</summary>
    public static void AssertPngsValid(string dir)
    {
        var pngs = Directory.GetFiles(dir, "*.png", SearchOption.AllDirectories);
        Assert.NotEmpty(pngs);
        var check = ExternalTool.Run("pngcheck", "pngcheck", ["-q", .. pngs]);
        Assert.True(check.ExitCode == 0, check.Output);
    }
}
