using Ornament.Paint;

namespace Ornament.Generators;

/// <summary>Colour transforms applied to whole palettes.</summary>
public static class PaletteTransforms
{
    /// <summary>The default "vibrant" chroma factor (KAZAKH-ORNAMENT.md §4.2: 1.15–1.3).</summary>
    public const double DefaultVibrance = 1.25;

    /// <summary>Scales every colour's OKLCh chroma by <paramref name="factor"/> at constant lightness and hue; colours
    /// pushed outside sRGB are gamut-mapped back by <see cref="Oklab.ToSrgb"/> (chroma reduction, hue kept).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Factor outside 0–2.</exception>
    public static Palette Vibrant(Palette palette, double factor = DefaultVibrance)
    {
        ArgumentNullException.ThrowIfNull(palette);
        ArgumentOutOfRangeException.ThrowIfLessThan(factor, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(factor, 2);
        return palette.Map(c => ScaleChroma(c, factor));
    }

    /// <summary>One colour with its chroma scaled (alpha kept).</summary>
    public static Rgba8 ScaleChroma(Rgba8 color, double factor)
    {
        var lab = Oklab.FromSrgb(color);
        return new Oklab(lab.L, lab.A * factor, lab.B * factor).ToSrgb(color.A);
    }

    /// <summary>Moves every colour of <paramref name="palette"/> toward the colour of the same role in
    /// <paramref name="toward"/> by <paramref name="amount"/> in Oklab (alpha kept); roles the other palette lacks
    /// stay as they are. The name is kept, so the result still reads as the first palette.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Amount outside 0–1.</exception>
    public static Palette Blend(Palette palette, Palette toward, double amount)
    {
        ArgumentNullException.ThrowIfNull(palette);
        ArgumentNullException.ThrowIfNull(toward);
        ArgumentOutOfRangeException.ThrowIfLessThan(amount, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(amount, 1);
        var entries = palette.Entries.Select(e => toward.Has(e.Role)
            ? e with { Color = Oklab.Lerp(Oklab.FromSrgb(e.Color), Oklab.FromSrgb(toward[e.Role]), amount).ToSrgb(e.Color.A) }
            : e).ToArray();
        return new Palette(palette.Name, palette.Kind, palette.Description, entries);
    }
}
