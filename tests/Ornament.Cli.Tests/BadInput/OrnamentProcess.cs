using System.Diagnostics;
using System.IO;
using System.Text;

namespace Ornament.Cli.Tests.BadInput;

/// <summary>Runs the real `ornament` executable (the ornament.dll built beside the tests) as a separate process,
/// so exit codes, stderr and the files left behind are exactly what a user sees. A run that exceeds the timeout
/// is killed and counts as a hang.</summary>
internal static class OrnamentProcess
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    public static (int Code, string Out, string Err) Run(string workDir, params string[] args) => RunRedirected(workDir, null, null, args);

    /// <summary>Runs with <paramref name="stdinFile"/> as standard input and/or standard output redirected by the
    /// shell to <paramref name="stdoutFile"/> (e.g. /dev/full).</summary>
    public static (int Code, string Out, string Err) RunRedirected(string workDir, string? stdinFile, string? stdoutFile, params string[] args)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "ornament.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: the test project must reference src/Ornament.Cli");
        string host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h && File.Exists(h) ? h : "dotnet";
        var psi = new ProcessStartInfo
        {
            WorkingDirectory = workDir,
            RedirectStandardError = true,
            RedirectStandardOutput = stdoutFile is null,
            RedirectStandardInput = false,
            UseShellExecute = false,
            StandardErrorEncoding = Encoding.UTF8,
            StandardOutputEncoding = stdoutFile is null ? Encoding.UTF8 : null,
        };
        if (stdinFile is null && stdoutFile is null)
        {
            psi.FileName = host;
            psi.ArgumentList.Add("exec");
            psi.ArgumentList.Add(dll);
            foreach (var a in args)
            {
                psi.ArgumentList.Add(a);
            }
        }
        else
        {
            // Let the shell wire the redirections; arguments stay separate words ("$@").
            psi.FileName = "/bin/sh";
            psi.ArgumentList.Add("-c");
            psi.ArgumentList.Add("exec \"$0\" exec \"$@\"" + (stdinFile is null ? " </dev/null" : " <\"$ORNAMENT_TEST_STDIN\"") +
                                 (stdoutFile is null ? string.Empty : " >\"$ORNAMENT_TEST_STDOUT\""));
            psi.ArgumentList.Add(host);
            psi.ArgumentList.Add(dll);
            foreach (var a in args)
            {
                psi.ArgumentList.Add(a);
            }

            psi.Environment["ORNAMENT_TEST_STDIN"] = stdinFile ?? "/dev/null";
            psi.Environment["ORNAMENT_TEST_STDOUT"] = stdoutFile ?? "/dev/null";
        }

        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        using var p = Process.Start(psi)!;
        var stdout = stdoutFile is null ? p.StandardOutput.ReadToEndAsync() : Task.FromResult(string.Empty);
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(Timeout))
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail($"ornament {string.Join(' ', args)} did not finish within {Timeout.TotalSeconds} s (a hang)");
        }

        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
