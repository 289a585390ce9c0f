namespace Ornament.Cli;

/// <summary>A failure the CLI reports as one line, with the exit code ARCHITECTURE.md documents:
/// 2 for a usage error (bad flag or value), 1 for anything else.</summary>
internal sealed class CliException(string message, int exitCode = ExitCodes.Failure) : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    public static CliException Usage(string message) => new(message, ExitCodes.Usage);
}

/// <summary>Process exit codes.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;
}
