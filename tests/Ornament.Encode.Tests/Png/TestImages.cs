using Ornament.Paint;

namespace Ornament.Encode.Tests.Png;

/// <summary>Seeded test pictures: noise mixed with smooth gradients (so every filter has something to win on),
/// always valid premultiplied data (colour ≤ alpha).</summary>
internal static class TestImages
{
    public static Pixmap Random(int width, int height, ulong seed, bool opaque)
    {
        var rng = new SplitMix64(seed);
        var pm = new Pixmap(width, height);
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                bool smooth = ((x / 8) + (y / 8)) % 2 == 0;
                int a = opaque ? 255 : rng.Below(6) switch
                {
                    0 => 0,
                    1 => 255,
                    2 => 1 + rng.Below(8), // low alpha, where rounding is lossy
                    _ => rng.NextByte(),
                };
                byte Channel(int v) => (byte)((smooth ? v & 0xFF : rng.NextByte()) * a / 255);
                pm.SetPixel(x, y, new PremulRgba8(Channel(x * 3), Channel(y * 5), Channel((x + y) * 2), (byte)a));
            }
        }

        return pm;
    }

    /// <summary>What a premultiplied pixel must read back as after the straight-alpha trip through a PNG,
    /// computed with Ornament.Paint's own conversions, not the encoder's table.</summary>
    public static PremulRgba8 AfterStraightRoundTrip(PremulRgba8 p) => p.Unpremultiply().Premultiply();

    public static void AssertRoundTrip(Pixmap expected, Pixmap actual)
    {
        Assert.Equal(expected.Width, actual.Width);
        Assert.Equal(expected.Height, actual.Height);
        for (int y = 0; y < expected.Height; y++)
        {
            for (int x = 0; x < expected.Width; x++)
            {
                var want = AfterStraightRoundTrip(expected.GetPixel(x, y));
                var got = actual.GetPixel(x, y);
                if (want != got)
                {
                    Assert.Fail($"Pixel ({x}, {y}): expected {want}, got {got} (source {expected.GetPixel(x, y)}).");
                }
            }
        }
    }
}
