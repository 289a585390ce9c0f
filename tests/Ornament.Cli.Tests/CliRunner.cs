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

    public static string TempDir()
    {
        var d = Directory.CreateTempSubdirectory("ornament-cli-").FullName;
        return d;
    }
}
