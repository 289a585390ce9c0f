namespace Ornament.Encode;

/// <summary>Limits for <see cref="PngDecoder"/>, so hostile or broken files fail fast instead of exhausting memory.</summary>
public sealed record PngDecodeOptions
{
    /// <summary>The default limits.</summary>
    public static PngDecodeOptions Default { get; } = new();

    /// <summary>Largest width × height accepted, checked from IHDR before anything is allocated.
    /// Default 2^28 (268 M pixels, a 1 GiB pixmap).</summary>
    public long MaxPixels { get; init; } = 1L << 28;

    /// <summary>Largest text accepted per tEXt/zTXt/iTXt chunk, in bytes, after decompression. Default 16 MiB.</summary>
    public int MaxTextBytes { get; init; } = 16 << 20;
}
