using System.Globalization;
using System.Text.RegularExpressions;

namespace Ornament.Generators.Recipes;

/// <summary>A print size such as "60x90cm", "600x900mm" or "24x36in", converted to pixels at a given dpi.</summary>
/// <param name="Width">Width in <paramref name="Unit"/>.</param>
/// <param name="Height">Height in <paramref name="Unit"/>.</param>
/// <param name="Unit">cm, mm or in.</param>
public sealed partial record PhysicalSize(double Width, double Height, string Unit)
{
    /// <summary>The dpi used when a physical size comes without one.</summary>
    public const double DefaultDpi = 300;

    /// <summary>Parses "WxHunit" (x or ×, spaces allowed, decimal point).</summary>
    /// <exception cref="FormatException">Not of that form, a zero size, or an unknown unit.</exception>
    public static PhysicalSize Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = SizePattern().Match(text.Trim().ToLowerInvariant());
        if (!m.Success)
        {
            throw new FormatException($"size '{text}' is not WxH with a unit, e.g. 60x90cm, 600x900mm or 24x36in");
        }

        double w = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        double h = double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        if (w <= 0 || h <= 0)
        {
            throw new FormatException($"size '{text}' must be larger than zero");
        }

        return new PhysicalSize(w, h, m.Groups[3].Value);
    }

    /// <summary>Pixels at <paramref name="dpi"/>, rounded to nearest (10x10cm at 300 dpi → 1181×1181).</summary>
    public (int Width, int Height) ToPixels(double dpi) => (Px(Width, dpi), Px(Height, dpi));

    private int Px(double v, double dpi)
    {
        double inches = Unit switch { "cm" => v / 2.54, "mm" => v / 25.4, _ => v };
        return (int)Math.Round(inches * dpi, MidpointRounding.AwayFromZero);
    }

    /// <summary>The canonical text form, e.g. "60x90cm".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Width}x{Height}{Unit}");

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)\s*(cm|mm|in)$")]
    private static partial Regex SizePattern();
}
