namespace Ornament.Paint;

/// <summary>One premultiplied source pixel onto one destination pixel under a blend mode.</summary>
/// <remarks>W3C Compositing and Blending, premultiplied form with source-over compositing:
/// co = cs·(1 − ad) + cd·(1 − as) + as·ad·B(cs/as, cd/ad). For multiply, as·ad·B = cs·cd; for screen,
/// as·ad·B = cs·ad + cd·as − cs·cd.</remarks>
internal static class BlendPixel
{
    public static void Apply(Span<byte> d, PremulRgba8 s, BlendMode mode)
    {
        int sa = s.A, da = d[3];
        d[0] = Channel(s.R, d[0], sa, da, mode);
        d[1] = Channel(s.G, d[1], sa, da, mode);
        d[2] = Channel(s.B, d[2], sa, da, mode);
        d[3] = (byte)(sa + Compositor.Div255(da * (255 - sa)));
    }

    private static byte Channel(int cs, int cd, int sa, int da, BlendMode mode)
    {
        int mixed = mode switch
        {
            BlendMode.Multiply => cs * cd,
            BlendMode.Screen => (cs * da) + (cd * sa) - (cs * cd),
            _ => cs * da,
        };
        int v = (cs * (255 - da)) + (cd * (255 - sa)) + mixed;
        return (byte)Math.Min(255, Compositor.Div255(Math.Min(v, 255 * 255)));
    }
}
