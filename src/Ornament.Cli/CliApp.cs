using System.CommandLine;
using Ornament.Cli.Commands;

namespace Ornament.Cli;

/// <summary>The `ornament` command tree and its error policy: one line on stderr naming the input and the problem,
/// exit code 2 for usage errors and 1 for other failures, a stack trace only with --verbose.</summary>
internal static class CliApp
{
    public static readonly Option<bool> Verbose = new("--verbose") { Description = "Print stack traces with errors.", Recursive = true };

    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("Ornament: Kazakh felt-carpet ornaments and painted steppe landscapes from text, as PNG and SVG.");
        root.Options.Add(Verbose);
        foreach (var c in Commands(console))
        {
            root.Subcommands.Add(c);
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            console.Error.WriteLine("ornament: " + Plain(parse.Errors[0].Message));
            return ExitCodes.Usage;
        }

        bool verbose = parse.GetValue(Verbose);
        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                EnableDefaultExceptionHandler = false,
                Output = console.Out,
                Error = console.Error,
            });
        }
        catch (Exception ex)
        {
            var (message, code) = Describe(ex);
            console.Error.WriteLine("ornament: " + message);
            if (verbose)
            {
                console.Error.WriteLine(ex.ToString());
            }

            return code;
        }
    }

    private static IEnumerable<Command> Commands(CliConsole console) =>
    [
        RenderCommand.Create(console),
        ExplainCommand.Create(console),
        PalettesCommand.Create(console),
        MotifsCommand.Create(console),
        RasterCommand.Create(console),
        BenchCommand.Create(console),
        BatchCommand.Create(console),
    ];

    /// <summary>System.CommandLine names CLR types when a value does not parse ("as expected type
    /// 'System.Nullable`1[System.Int32]'"); users get the kind of value instead.</summary>
    internal static string Plain(string message)
    {
        var m = System.Text.RegularExpressions.Regex.Match(message, "^Cannot parse argument '(.*)' for option '(.*)' as expected type '(.*)'\\.?$");
        if (!m.Success)
        {
            return AtomicFile.OneLine(message);
        }

        string type = m.Groups[3].Value;
        string kind = type.Contains("Int", StringComparison.Ordinal) ? "a whole number"
            : type.Contains("Double", StringComparison.Ordinal) || type.Contains("Single", StringComparison.Ordinal) ? "a number"
            : type.Contains("Boolean", StringComparison.Ordinal) ? "true or false" : "a valid value";
        return $"{m.Groups[2].Value} '{m.Groups[1].Value}' is not {kind}";
    }

    private static (string Message, int Code) Describe(Exception ex) => ex switch
    {
        CliException c => (c.Message, c.ExitCode),
        OperationCanceledException => ("cancelled", ExitCodes.Failure),
        OutOfMemoryException => ("out of memory; use a smaller size", ExitCodes.Failure),
        _ => (AtomicFile.OneLine(ex.Message), ExitCodes.Failure),
    };
}
