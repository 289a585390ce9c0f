namespace Ornament.Encode;

/// <summary>The bytes are not a PNG this decoder accepts; the message names what is wrong.</summary>
public sealed class PngFormatException : FormatException
{
    /// <summary>Creates the exception with a default message.</summary>
    public PngFormatException()
        : base("The data is not a valid PNG.")
    {
    }

    /// <summary>Creates the exception with a message naming what is wrong.</summary>
    public PngFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the lower-level cause (e.g. a zlib error).</summary>
    public PngFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
