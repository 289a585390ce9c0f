namespace Ornament.Encode;

/// <summary>An SVG document could not be read: malformed XML, a malformed number, path or transform, or a limit
/// exceeded. The message starts with the line and column ("line 12, column 5: bad path data near 'Q 1'").</summary>
public sealed class SvgFormatException : FormatException
{
    /// <summary>Creates an exception without position.</summary>
    public SvgFormatException()
    {
    }

    /// <summary>Creates an exception without position.</summary>
    public SvgFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception without position, wrapping another.</summary>
    public SvgFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception at a 1-based line and column (0 when unknown).</summary>
    public SvgFormatException(int line, int column, string message, Exception? innerException = null)
        : base(line > 0 ? $"line {line}, column {column}: {message}" : message, innerException)
    {
        Line = line;
        Column = column;
    }

    /// <summary>1-based line of the offending construct, or 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>1-based column of the offending construct, or 0 when unknown.</summary>
    public int Column { get; }
}
