using System.IO;
using Ornament.Testing;

namespace Ornament.Api.Tests;

/// <summary>The README's "Use as a library" example is the consumer sample's Program.cs (up to its checks), which
/// CI compiles against the packed packages and runs: so the README example compiles and works.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void Readme_library_example_is_the_consumer_program()
    {
        string readme = File.ReadAllText(System.IO.Path.Combine(ReferenceImage.RepoRoot, "README.md")).ReplaceLineEndings("\n");
        int section = readme.IndexOf("## Use as a library", StringComparison.Ordinal);
        Assert.True(section >= 0, "README has no 'Use as a library' section");
        int start = readme.IndexOf("```csharp\n", section, StringComparison.Ordinal) + "```csharp\n".Length;
        int end = readme.IndexOf("\n```", start, StringComparison.Ordinal);
        string example = readme[start..end];

        string program = File.ReadAllText(System.IO.Path.Combine(ReferenceImage.RepoRoot, "tests", "Ornament.Consumer", "Program.cs")).ReplaceLineEndings("\n");
        int checks = program.IndexOf("\n// ---- checks", StringComparison.Ordinal);
        Assert.True(checks > 0, "Program.cs lost its checks marker");
        Assert.Equal(program[..checks].TrimEnd('\n'), example);
        Assert.InRange(example.Split('\n').Length, 5, 12);
    }
}
