namespace Ornament.Paint;

/// <summary>A colour in Björn Ottosson's OKLab space (perceptual lightness L in 0…1, opponent axes a and b).
/// Used for mixing, contrast rules and colour jitter, never for compositing.</summary>
/// <param name="L">Perceptual lightness, 0 (black) … 1 (white).</param>
/// <param name="A">Green (−) ↔ red (+).</param>
/// <param name="B">Blue (−) ↔ yellow (+).</param>
public readonly record struct Oklab(double L, double A, double B)
{
    /// <summary>Chroma (distance from the grey axis).</summary>
    public double Chroma => Math.Sqrt((A * A) + (B * B));

    /// <summary>Hue angle in radians.</summary>
    public double Hue => Math.Atan2(B, A);

    /// <summary>Builds a colour from lightness, chroma and hue (OKLCh).</summary>
    public static Oklab FromLch(double l, double c, double hue) => new(l, c * Math.Cos(hue), c * Math.Sin(hue));

    /// <summary>Converts an sRGB colour (alpha ignored).</summary>
    public static Oklab FromSrgb(Rgba8 c)
    {
        double r = SrgbToLinear(c.R / 255.0), g = SrgbToLinear(c.G / 255.0), b = SrgbToLinear(c.B / 255.0);
        double l = Math.Cbrt((0.4122214708 * r) + (0.5363325363 * g) + (0.0514459929 * b));
        double m = Math.Cbrt((0.2119034982 * r) + (0.6806995451 * g) + (0.1073969566 * b));
        double s = Math.Cbrt((0.0883024619 * r) + (0.2817188376 * g) + (0.6299787005 * b));
        return new Oklab(
            (0.2104542553 * l) + (0.7936177850 * m) - (0.0040720468 * s),
            (1.9779984951 * l) - (2.4285922050 * m) + (0.4505937099 * s),
            (0.0259040371 * l) + (0.7827717662 * m) - (0.8086757660 * s));
    }

    /// <summary>Linear sRGB components (may fall outside 0…1 for out-of-gamut colours).</summary>
    public (double R, double G, double B) ToLinearSrgb()
    {
        double l = L + (0.3963377774 * A) + (0.2158037573 * B);
        double m = L - (0.1055613458 * A) - (0.0638541728 * B);
        double s = L - (0.0894841775 * A) - (1.2914855480 * B);
        l = l * l * l;
        m = m * m * m;
        s = s * s * s;
        return (
            (4.0767416621 * l) - (3.3077115913 * m) + (0.2309699292 * s),
            (-1.2684380046 * l) + (2.6097574011 * m) - (0.3413193965 * s),
            (-0.0041960863 * l) - (0.7034186147 * m) + (1.7076147010 * s));
    }

    /// <summary>True when the colour lies inside the sRGB gamut (with a small tolerance).</summary>
    public bool InGamut
    {
        get
        {
            var (r, g, b) = ToLinearSrgb();
            const double e = 1e-6;
            return r >= -e && r <= 1 + e && g >= -e && g <= 1 + e && b >= -e && b <= 1 + e;
        }
    }

    /// <summary>Converts to sRGB; out-of-gamut colours are brought inside by reducing chroma at constant lightness
    /// and hue (bisection), so hue never shifts.</summary>
    public Rgba8 ToSrgb(byte alpha = 255)
    {
        var c = this;
        if (!c.InGamut)
        {
            double lo = 0, hi = 1;
            double l = Math.Clamp(L, 0, 1);
            for (int i = 0; i < 24; i++)
            {
                double mid = (lo + hi) / 2;
                if (new Oklab(l, A * mid, B * mid).InGamut)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid;
                }
            }

            c = new Oklab(l, A * lo, B * lo);
        }

        var (r, g, b) = c.ToLinearSrgb();
        return new Rgba8(ToByte(r), ToByte(g), ToByte(b), alpha);
    }

    /// <summary>Linear interpolation in OKLab.</summary>
    public static Oklab Lerp(Oklab x, Oklab y, double t) =>
        new(x.L + ((y.L - x.L) * t), x.A + ((y.A - x.A) * t), x.B + ((y.B - x.B) * t));

    /// <summary>Euclidean distance (ΔE in OKLab).</summary>
    public static double Distance(Oklab x, Oklab y)
    {
        double dl = x.L - y.L, da = x.A - y.A, db = x.B - y.B;
        return Math.Sqrt((dl * dl) + (da * da) + (db * db));
    }

    /// <summary>The sRGB transfer function, decoding.</summary>
    public static double SrgbToLinear(double v) => v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);

    /// <summary>The sRGB transfer function, encoding.</summary>
    public static double LinearToSrgb(double v) => v <= 0.0031308 ? v * 12.92 : (1.055 * Math.Pow(v, 1 / 2.4)) - 0.055;

    private static byte ToByte(double linear) => (byte)Math.Clamp((int)Math.Round(LinearToSrgb(Math.Clamp(linear, 0, 1)) * 255), 0, 255);
}
