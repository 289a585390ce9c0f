namespace Ornament.Cli;

/// <summary>Entry point: builds the command tree and returns the exit code. Nothing else lives here.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        JitProfile.Start(args);
        return CliApp.Run(args, new CliConsole(Console.Out, Console.Error, Console.OpenStandardOutput, Console.OpenStandardInput));
    }
}
