namespace Ornament.Generators;

/// <summary>A palette file could not be read; the message names the file, the line when known, and the problem.</summary>
public sealed class PaletteFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public PaletteFormatException(string source, long? line, string problem)
        : base(line is { } l ? $"{source}:{l}: {problem}" : $"{source}: {problem}")
    {
        Source = source;
        Line = line;
        Problem = problem;
    }

    /// <summary>The file or resource name.</summary>
    public new string Source { get; }

    /// <summary>1-based line number, when known.</summary>
    public long? Line { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }
}
