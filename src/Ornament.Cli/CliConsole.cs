using System.IO;

namespace Ornament.Cli;

/// <summary>Where a command writes text and binary output; tests pass their own writers.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, Func<Stream> OpenStdout, Func<Stream> OpenStdin);
