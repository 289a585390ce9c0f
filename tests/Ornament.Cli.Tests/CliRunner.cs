using System.IO;
using System.Text;

namespace Ornament.Cli.Tests;

/// <summary>Runs the real CLI in-process with captured output.</summary>
internal static class CliRunner
{
    public static (int Code, string Out, string Err) Run(params string[] args) => RunWithStdin(null, args);

    public static (int Code, string Out, string Err) RunWithStdin(string? stdin, params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var bin = new MemoryStream();
        var input = new MemoryStream(Encoding.UTF8.GetBytes(stdin ?? string.Empty));
        int code = CliApp.Run(args, new CliConsole(o, e, () => bin, () => input));
        return (code, o.ToString(), e.ToString());
    }

    private static readonly List<string> Created = [];

    static CliRunner() => AppDomain.CurrentDomain.ProcessExit += (_, _) => RemoveTempDirs();

    /// <summary>A fresh temporary folder, removed when the test process exits.</summary>
    public static string TempDir()
    {
        var d = Directory.CreateTempSubdirectory("ornament-cli-").FullName;
        lock (Created)
        {
            Created.Add(d);
        }

        return d;
    }

    private static void RemoveTempDirs()
    {
        lock (Created)
        {
            foreach (var d in Created)
            {
                try
                {
                    Directory.Delete(d, recursive: true);
                }
                catch (IOException)
                {
                    // A folder still mounted (the full-disk rows) or in use: leave it to the OS's temp cleaning.
                }
                catch (UnauthorizedAccessException)
                {
                }
            }
        }
    }
}
