using System.IO;

namespace Ornament.Cli.Tests.BadInput;

/// <summary>The contract every bad-input row checks (ARCHITECTURE.md, README "Errors and limits"): the documented
/// exit code, exactly one stderr line that starts with "ornament: " and names the input and the problem, no stack
/// trace, nothing on stdout, and no file created, changed or left half-written in the watched folders.</summary>
internal static class BadInputAssert
{
    public static string Fails(string workDir, int expectedCode, string[] mentions, params string[] args) =>
        FailsWatching(workDir, [workDir], expectedCode, mentions, null, null, args);

    public static string FailsWatching(string workDir, string[] watched, int expectedCode, string[] mentions, string? stdinFile, string? stdoutFile, params string[] args)
    {
        var before = watched.Select(FolderSnapshot.Take).ToList();
        var (code, stdout, stderr) = OrnamentProcess.RunRedirected(workDir, stdinFile, stdoutFile, args);
        string what = $"ornament {string.Join(' ', args)}";
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(code == expectedCode, $"{what}: exit {code}, expected {expectedCode}; stderr: {stderr}");
        Assert.True(lines.Length == 1, $"{what}: expected one stderr line, got {lines.Length}: {stderr}");
        string line = lines[0];
        Assert.StartsWith("ornament: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", line, StringComparison.Ordinal);
        Assert.True(stdout.Length == 0, $"{what}: printed on stdout: {stdout}");
        foreach (var m in mentions)
        {
            Assert.True(line.Contains(m, StringComparison.OrdinalIgnoreCase), $"{what}: the message does not mention '{m}': {line}");
        }

        foreach (var s in before)
        {
            s.AssertUnchanged();
        }

        return line;
    }
}
