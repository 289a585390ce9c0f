using Ornament.Encode.Png;

namespace Ornament.Encode;

/// <summary>Settings for <see cref="PngEncoder"/> and <see cref="PngStreamWriter"/>. The defaults match libpng's.</summary>
public sealed record PngEncodeOptions
{
    /// <summary>The default options: zlib level 6, adaptive filters, no pHYs, no text.</summary>
    public static PngEncodeOptions Default { get; } = new();

    /// <summary>zlib compression level, 0 (store) to 9 (smallest); 6 is zlib's and libpng's default.</summary>
    public int CompressionLevel { get; init; } = 6;

    /// <summary>Row filter: <see cref="PngFilter.Adaptive"/> (default) or one fixed filter for every row.</summary>
    public PngFilter Filter { get; init; } = PngFilter.Adaptive;

    /// <summary>Resolution in dots per inch, written as a pHYs chunk in pixels per metre; null writes no pHYs.</summary>
    public double? Dpi { get; init; }

    /// <summary>Text chunks written as iTXt (UTF-8) before the image data, in this order.</summary>
    public IReadOnlyList<PngTextChunk> TextChunks { get; init; } = [];

    /// <summary>Forces the filter kernels' vector width (tests, benchmarks); null = the widest the machine
    /// accelerates. Output bytes do not depend on it.</summary>
    internal PngSimd? Simd { get; init; }

    /// <summary>How <see cref="PngFilter.Adaptive"/> scores a candidate row (experiments and benchmarks).</summary>
    internal PngFilterHeuristic Heuristic { get; init; } = PngFilterHeuristic.EntropyOrNone;

    /// <summary>zlib strategy (experiments and benchmarks); the default strategy unless set.</summary>
    internal System.IO.Compression.ZLibCompressionStrategy Strategy { get; init; } = System.IO.Compression.ZLibCompressionStrategy.Default;

    /// <summary>Throws when a setting is out of range, so a bad option fails before any byte is written.</summary>
    internal void Validate()
    {
        if (CompressionLevel is < 0 or > 9)
        {
            throw new ArgumentOutOfRangeException(nameof(CompressionLevel), CompressionLevel, "zlib compression level must be 0…9.");
        }

        if (!Enum.IsDefined(Filter))
        {
            throw new ArgumentOutOfRangeException(nameof(Filter), Filter, "Unknown PNG filter.");
        }

        if (Dpi is double dpi)
        {
            _ = PngChunks.DpiToPixelsPerMetre(dpi);
        }

        ArgumentNullException.ThrowIfNull(TextChunks);
        foreach (var t in TextChunks)
        {
            ArgumentNullException.ThrowIfNull(t);
            PngChunks.ValidateKeyword(t.Keyword);
            ArgumentNullException.ThrowIfNull(t.Text);
            if (t.Text.Contains('\0', StringComparison.Ordinal))
            {
                throw new ArgumentException($"PNG text for keyword '{t.Keyword}' must not contain NUL characters.", nameof(TextChunks));
            }
        }
    }
}

/// <summary>Scores for the adaptive filter choice.</summary>
internal enum PngFilterHeuristic
{
    /// <summary>libpng's minimum sum of absolute signed residuals.</summary>
    MinSum,

    /// <summary>Minimum order-0 entropy of the residual bytes.</summary>
    Entropy,

    /// <summary>Entropy per row, then per 16-row block the smaller of those rows and unfiltered rows by a fast
    /// trial compression (<see cref="PngBlockChooser"/>).</summary>
    EntropyOrNone,
}
