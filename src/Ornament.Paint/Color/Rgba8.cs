using System.Globalization;

namespace Ornament.Paint;

/// <summary>A straight (not premultiplied) sRGB colour with 8-bit channels.</summary>
/// <param name="R">Red.</param>
/// <param name="G">Green.</param>
/// <param name="B">Blue.</param>
/// <param name="A">Alpha (255 = opaque).</param>
public readonly record struct Rgba8(byte R, byte G, byte B, byte A = 255)
{
    /// <summary>Opaque black.</summary>
    public static Rgba8 Black => new(0, 0, 0);

    /// <summary>Opaque white.</summary>
    public static Rgba8 White => new(255, 255, 255);

    /// <summary>Fully transparent black.</summary>
    public static Rgba8 Transparent => new(0, 0, 0, 0);

    /// <summary>Parses <c>#rgb</c>, <c>#rrggbb</c> or <c>#rrggbbaa</c> (the leading # is optional).</summary>
    /// <exception cref="FormatException">The text is not a hex colour.</exception>
    public static Rgba8 FromHex(string hex)
    {
        if (!TryFromHex(hex, out var c))
        {
            throw new FormatException($"'{hex}' is not a hex colour (#rgb, #rrggbb or #rrggbbaa).");
        }

        return c;
    }

    /// <summary>Parses a hex colour; returns false instead of throwing.</summary>
    public static bool TryFromHex(string? hex, out Rgba8 color)
    {
        color = default;
        if (hex is null)
        {
            return false;
        }

        var s = hex.AsSpan().Trim();
        if (s.Length > 0 && s[0] == '#')
        {
            s = s[1..];
        }

        foreach (char ch in s)
        {
            if (!char.IsAsciiHexDigit(ch))
            {
                return false;
            }
        }

        static byte H(ReadOnlySpan<char> t) => byte.Parse(t, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        switch (s.Length)
        {
            case 3:
                color = new Rgba8((byte)(H(s[0..1]) * 17), (byte)(H(s[1..2]) * 17), (byte)(H(s[2..3]) * 17));
                return true;
            case 6:
                color = new Rgba8(H(s[0..2]), H(s[2..4]), H(s[4..6]));
                return true;
            case 8:
                color = new Rgba8(H(s[0..2]), H(s[2..4]), H(s[4..6]), H(s[6..8]));
                return true;
            default:
                return false;
        }
    }

    /// <summary><c>#rrggbb</c> (alpha is not included).</summary>
    public string ToHex() => string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}");

    /// <summary>The same colour with a different alpha.</summary>
    public Rgba8 WithAlpha(byte a) => this with { A = a };

    /// <summary>The premultiplied form, rounded exactly: c·a/255.</summary>
    public PremulRgba8 Premultiply() => new(Div255(R * A), Div255(G * A), Div255(B * A), A);

    /// <summary>x/255 rounded to nearest for 0 ≤ x ≤ 255·255.</summary>
    internal static byte Div255(int x)
    {
        x += 128;
        return (byte)((x + (x >> 8)) >> 8);
    }
}

/// <summary>A premultiplied sRGB colour with 8-bit channels (each colour channel ≤ alpha).</summary>
/// <param name="R">Red × alpha.</param>
/// <param name="G">Green × alpha.</param>
/// <param name="B">Blue × alpha.</param>
/// <param name="A">Alpha.</param>
public readonly record struct PremulRgba8(byte R, byte G, byte B, byte A)
{
    /// <summary>Back to straight alpha, rounded to nearest.</summary>
    public Rgba8 Unpremultiply()
    {
        if (A == 0)
        {
            return Rgba8.Transparent;
        }

        if (A == 255)
        {
            return new Rgba8(R, G, B);
        }

        int half = A / 2;
        return new Rgba8(
            (byte)Math.Min(255, ((R * 255) + half) / A),
            (byte)Math.Min(255, ((G * 255) + half) / A),
            (byte)Math.Min(255, ((B * 255) + half) / A),
            A);
    }
}
