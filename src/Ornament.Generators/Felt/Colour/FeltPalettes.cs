using System.IO;
using Ornament.Paint;

namespace Ornament.Generators.Felt;

/// <summary>Felt palettes: lookup, role resolution and the figure/ground contrast rule (§4.2).</summary>
internal static class FeltPalettes
{
    /// <summary>Minimum OKLab lightness difference between figure and ground, so the counterchange reads.</summary>
    public const double MinContrast = 0.25;

    private static readonly Lazy<IReadOnlyList<Palette>> Embedded = new(LoadEmbedded);

    /// <summary>The built-in felt palettes, by name (ordinal order).</summary>
    public static IReadOnlyList<Palette> All => Embedded.Value;

    /// <summary>Resolves a felt palette by built-in name or file path.</summary>
    /// <remarks>Reads the embedded felt palettes directly, so a broken palette of another kind cannot stop a carpet.</remarks>
    public static Palette Resolve(string nameOrPath)
    {
        foreach (var p in All)
        {
            if (string.Equals(p.Name, nameOrPath, StringComparison.Ordinal))
            {
                return p;
            }
        }

        return PaletteRegistry.Resolve(nameOrPath);
    }

    /// <summary>Returns the palette with its figure lightness moved (deterministically, keeping hue and chroma)
    /// until |L(figure) − L(ground)| ≥ <see cref="MinContrast"/>; palettes that pass are returned unchanged.</summary>
    public static Palette EnforceContrast(Palette palette)
    {
        var ground = Oklab.FromSrgb(palette.Get("ground"));
        var figRgb = palette.Get("figure");
        var fig = Oklab.FromSrgb(figRgb);
        if (Math.Abs(fig.L - ground.L) >= MinContrast)
        {
            return palette;
        }

        // Move away from the ground: darker if the ground is light, lighter if dark; a touch past the limit so the
        // 8-bit rounding cannot land below it.
        double target = ground.L >= 0.5 ? ground.L - MinContrast - 0.01 : ground.L + MinContrast + 0.01;
        target = Math.Clamp(target, 0.02, 0.98);
        var moved = new Oklab(target, fig.A, fig.B).ToSrgb();
        var entries = palette.Entries.Select(e => e.Role == "figure" ? e with { Color = moved, Note = (e.Note ?? string.Empty) + " (lightness adjusted for contrast)" } : e).ToArray();
        return new Palette(palette.Name, palette.Kind, palette.Description, entries);
    }

    /// <summary>OKLab lightness difference between figure and ground.</summary>
    public static double Contrast(Palette palette) =>
        Math.Abs(Oklab.FromSrgb(palette.Get("figure")).L - Oklab.FromSrgb(palette.Get("ground")).L);

    private static IReadOnlyList<Palette> LoadEmbedded()
    {
        var asm = typeof(FeltPalettes).Assembly;
        var list = new List<Palette>();
        foreach (var res in asm.GetManifestResourceNames().Where(n => n.StartsWith("palettes/felt/", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var s = asm.GetManifestResourceStream(res)!;
            using var r = new StreamReader(s);
            list.Add(PaletteJson.Parse(r.ReadToEnd(), res));
        }

        return list;
    }
}
