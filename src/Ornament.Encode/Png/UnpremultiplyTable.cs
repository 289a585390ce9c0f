namespace Ornament.Encode.Png;

/// <summary>Exact premultiplied → straight conversion by table: <c>Table[(a &lt;&lt; 8) | c] = min(255, (c·255 + a/2) / a)</c>.</summary>
/// <remarks>64 KiB, built once; a look-up replaces three integer divisions per pixel, which dominate the
/// conversion otherwise. Rows for a = 0 are zero and for a = 255 the identity, matching
/// <see cref="Ornament.Paint.PremulRgba8.Unpremultiply"/> byte for byte.</remarks>
internal static class UnpremultiplyTable
{
    private static readonly byte[] TableData = Build();

    /// <summary>The 256 straight values for alpha <paramref name="a"/>, indexed by the premultiplied value.</summary>
    public static ReadOnlySpan<byte> ForAlpha(byte a) => new(TableData, a << 8, 256);

    private static byte[] Build()
    {
        var t = new byte[256 * 256];
        for (int a = 1; a < 256; a++)
        {
            int half = a / 2;
            for (int c = 0; c < 256; c++)
            {
                t[(a << 8) | c] = (byte)Math.Min(255, ((c * 255) + half) / a);
            }
        }

        return t;
    }
}
