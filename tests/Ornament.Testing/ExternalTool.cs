using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;

namespace Ornament.Testing;

/// <summary>What an external tool printed and returned.</summary>
/// <param name="ExitCode">The process exit code.</param>
/// <param name="StandardOutput">Everything written to stdout.</param>
/// <param name="StandardError">Everything written to stderr.</param>
public sealed record ExternalToolResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>stdout and stderr together, for assertion messages.</summary>
    public string Output => StandardOutput + StandardError;
}

/// <summary>Runs oracle programs (pngcheck, rsvg-convert, …) from tests. A missing tool is a test failure that
/// says what to install, never a skip: CI installs every oracle, and a silently skipped oracle proves nothing.</summary>
public static class ExternalTool
{
    /// <summary>Default time limit for one run.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The full path of <paramref name="name"/> on PATH, or null.</summary>
    public static string? Find(string name)
    {
        if (name.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return File.Exists(name) ? name : null;
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The full path of <paramref name="name"/>; fails the test naming the Debian package when it is missing.</summary>
    public static string Require(string name, string debianPackage)
    {
        return Find(name) ?? throw new Xunit.Sdk.XunitException(
            $"The oracle '{name}' is not installed. Install it with: apt-get install -y {debianPackage} (CI installs it; this test does not skip).");
    }

    /// <summary>Runs <paramref name="name"/> (found on PATH, else the test fails) with <paramref name="arguments"/>,
    /// capturing stdout and stderr; kills it and fails after <paramref name="timeout"/>.</summary>
    public static ExternalToolResult Run(string name, string debianPackage, IEnumerable<string> arguments, TimeSpan? timeout = null, string? workingDirectory = null)
    {
        var exe = Require(name, debianPackage);
        var psi = new ProcessStartInfo(exe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (workingDirectory is not null)
        {
            psi.WorkingDirectory = workingDirectory;
        }

        foreach (var a in arguments)
        {
            psi.ArgumentList.Add(a);
        }

        using var process = Process.Start(psi) ?? throw new Xunit.Sdk.XunitException($"Could not start '{exe}'.");
        process.StandardInput.Close();

        // Read both pipes concurrently: a tool that fills one pipe while we wait on the other would deadlock.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var limit = timeout ?? DefaultTimeout;
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException(string.Create(CultureInfo.InvariantCulture, $"'{name} {string.Join(' ', arguments)}' did not finish within {limit.TotalSeconds:0.#} s."));
        }

        process.WaitForExit(); // drains the redirected streams
        return new ExternalToolResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }
}
