using Ornament.Paint;

namespace Ornament.Generators.Landscape;

/// <summary>Small OKLab helpers for the landscape colour model.</summary>
internal static class Colour
{
    public static Oklab Mix(Oklab a, Oklab b, double t) => Oklab.Lerp(a, b, Math.Clamp(t, 0, 1));

    public static Oklab Shade(Oklab c, double l) => new(c.L * l, c.A, c.B);

    public static Oklab Lighten(Oklab c, double dl) => new(c.L + dl, c.A, c.B);

    public static Oklab Chroma(Oklab c, double k) => new(c.L, c.A * k, c.B * k);

    /// <summary>Aerial perspective (§5.1): mix toward haze by t, chroma × (1 − 0.7t).</summary>
    public static Oklab Aerial(Oklab c, Oklab haze, double t)
    {
        var m = Mix(c, haze, t);
        double k = 1 - (0.7 * t);
        return new Oklab(m.L, m.A * k + (haze.A * (1 - k) * 0.5), m.B * k + (haze.B * (1 - k) * 0.5));
    }

    public static Oklab Hex(string hex) => Oklab.FromSrgb(Rgba8.FromHex(hex));

    public static double Smooth(double e0, double e1, double x)
    {
        double t = Math.Clamp((x - e0) / (e1 - e0), 0, 1);
        return t * t * (3 - (2 * t));
    }
}
