using Ornament.Paint;

namespace Ornament.Generators.Landscape;

/// <summary>Sky colours and how the time of day tints the land (OKLab). Preset hexes are those of the matching §4.2
/// palettes; a palette passed by the user overrides the sky roles it defines.</summary>
internal sealed class Light
{
    public required TimeOfDay Time { get; init; }

    public required Oklab SkyTop { get; init; }

    public required Oklab SkyMid { get; init; }

    public required Oklab HorizonHigh { get; init; }

    public required Oklab Horizon { get; init; }

    public required Oklab Sun { get; init; }

    public required Oklab Haze { get; init; }

    /// <summary>Sun (or moon) position: x as a fraction of the width, elevation above the horizon as a fraction of H.</summary>
    public required double SunX { get; init; }

    public required double SunElevation { get; init; }

    /// <summary>Strength of the glow around the sun.</summary>
    public required double Glow { get; init; }

    public static Light For(TimeOfDay time, Palette? user, SeededRandom rng)
    {
        static Oklab H(string hex) => Oklab.FromSrgb(Rgba8.FromHex(hex));
        Oklab Pick(string role, string fallback) => user is not null && user.Has(role) ? Oklab.FromSrgb(user[role]) : H(fallback);
        double side = rng.Chance(0.5) ? rng.Range(0.62, 0.78) : rng.Range(0.22, 0.38);
        return time switch
        {
            TimeOfDay.Dawn => new Light
            {
                Time = time, SkyTop = Pick("sky_top", "#2E3F6E"), SkyMid = Pick("sky_mid", "#7C8DB5"),
                HorizonHigh = Oklab.Lerp(Pick("sky_mid", "#7C8DB5"), Pick("horizon", "#F2B99A"), 0.6),
                Horizon = Pick("horizon", "#F2B99A"), Sun = Pick("sun", "#FFD9A0"), Haze = Pick("haze", "#D8D2CF"),
                SunX = side, SunElevation = rng.Range(0.02, 0.05), Glow = 0.55,
            },
            TimeOfDay.Day => new Light
            {
                Time = time, SkyTop = Pick("sky_top", "#3F78C2"), SkyMid = Pick("sky_mid", "#7FB3E0"),
                HorizonHigh = H("#A9CBE8"), Horizon = Pick("horizon", "#D6E6F0"), Sun = Pick("sun", "#FFF8E1"),
                Haze = Pick("haze", "#B9C7D3"), SunX = side, SunElevation = rng.Range(0.45, 0.55), Glow = 0.25,
            },
            TimeOfDay.Golden => new Light
            {
                Time = time, SkyTop = Pick("sky_top", "#3B2A5A"), SkyMid = Pick("sky_mid", "#8C3B5A"),
                HorizonHigh = Pick("horizon_high", "#E2673A"), Horizon = Pick("horizon", "#F6B04A"),
                Sun = Pick("sun", "#FFE29A"), Haze = Pick("horizon", "#F6B04A"), SunX = side,
                SunElevation = rng.Range(0.03, 0.07), Glow = 0.8,
            },
            _ => new Light
            {
                Time = time, SkyTop = Pick("sky_top", "#070B1A"), SkyMid = Pick("sky_mid", "#111B3A"),
                HorizonHigh = Oklab.Lerp(Pick("sky_mid", "#111B3A"), Pick("horizon", "#23304F"), 0.5),
                Horizon = Pick("horizon", "#23304F"), Sun = Pick("moon", "#E9E4D0"), Haze = Pick("horizon", "#23304F"),
                SunX = side, SunElevation = rng.Range(0.45, 0.6), Glow = 0.18,
            },
        };
    }

    /// <summary>Tints a land colour by the light: warm and slightly darker at dawn and sunset, dark and blue at night.</summary>
    public Oklab Land(Oklab c) => Time switch
    {
        TimeOfDay.Dawn => Tint(c, 0.93, 0.2, Sun),
        TimeOfDay.Golden => Tint(c, 0.9, 0.3, Sun),
        TimeOfDay.Night => new Oklab(c.L * 0.55, (c.A * 0.5) - 0.004, (c.B * 0.5) - 0.03),
        _ => c,
    };

    private static Oklab Tint(Oklab c, double l, double k, Oklab toward) =>
        new(c.L * l, c.A + ((toward.A - c.A) * k * 0.6), c.B + ((toward.B - c.B) * k * 0.6));
}
