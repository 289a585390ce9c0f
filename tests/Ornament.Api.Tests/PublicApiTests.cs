using System.IO;
using System.Reflection;
using System.Text;
using Ornament.Testing;

namespace Ornament.Api.Tests;

/// <summary>Every public type and member of every package assembly is listed in tests/Ornament.Api.Tests/PublicApi/
/// ASSEMBLY.txt; a change of the public surface fails here until the baseline is regenerated on purpose with
/// <c>ORNAMENT_REPLACE=1 dotnet test tests/Ornament.Api.Tests</c> and the diff reviewed in the commit.</summary>
public class PublicApiTests
{
    /// <summary>The assemblies shipped as NuGet packages (the CLI tool is an executable, not an API).</summary>
    public static TheoryData<string> Packages => new()
    {
        "Ornament",
        "Ornament.Geometry",
        "Ornament.Raster",
        "Ornament.Paint",
        "Ornament.Encode",
        "Ornament.Generators",
    };

    [Theory]
    [MemberData(nameof(Packages))]
    public void Public_api_matches_the_baseline(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        var actual = ApiDump.Lines(assembly);
        var file = Path.Combine(ReferenceImage.RepoRoot, "tests", "Ornament.Api.Tests", "PublicApi", assemblyName + ".txt");
        if (Environment.GetEnvironmentVariable("ORNAMENT_REPLACE") == "1")
        {
            File.WriteAllText(file, string.Join('\n', actual) + "\n", new UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(file), $"no baseline {file}; run ORNAMENT_REPLACE=1 dotnet test tests/Ornament.Api.Tests to create it");
        var expected = File.ReadAllText(file).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var removed = expected.Except(actual, StringComparer.Ordinal).ToList();
        var added = actual.Except(expected, StringComparer.Ordinal).ToList();
        if (removed.Count == 0 && added.Count == 0)
        {
            return;
        }

        var msg = new StringBuilder($"The public API of {assemblyName} changed ({added.Count} added, {removed.Count} removed). ")
            .AppendLine("If this is deliberate, run ORNAMENT_REPLACE=1 dotnet test tests/Ornament.Api.Tests and commit the baseline.");
        foreach (var r in removed)
        {
            msg.Append("- ").AppendLine(r);
        }

        foreach (var a in added)
        {
            msg.Append("+ ").AppendLine(a);
        }

        Assert.Fail(msg.ToString());
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Every_public_type_lives_in_an_Ornament_namespace(string assemblyName)
    {
        var stray = Assembly.Load(assemblyName).GetExportedTypes().Where(t => t.Namespace is null || !(t.Namespace == "Ornament" || t.Namespace.StartsWith("Ornament.", StringComparison.Ordinal))).ToList();
        Assert.True(stray.Count == 0, "outside the Ornament namespaces: " + string.Join(", ", stray));
    }

    [Fact]
    public void The_dump_sees_members_of_every_kind()
    {
        // Guards the dumper itself: if reflection flags were wrong the baselines would silently shrink.
        var lines = ApiDump.Lines(typeof(Artwork).Assembly);
        Assert.Contains(lines, l => l.StartsWith("public sealed class Ornament.Artwork", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Ornament.Artwork :: public static Ornament.Artwork FromText(System.String text, Ornament.ArtworkOptions options = null)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Ornament.ArtworkOptions :: public System.Nullable", StringComparison.Ordinal) || l.Contains("Ornament.ArtworkOptions :: public System.Int32? Width { get; init; }", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("public const System.Int32 MaxSize = 20000", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("public enum Ornament.ArtworkKind : System.Int32 { Auto = 0, Ornament = 1, Landscape = 2, Hybrid = 3 }", StringComparison.Ordinal));
    }
}
