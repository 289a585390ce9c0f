using System.Runtime.CompilerServices;

namespace Ornament.Paint;

/// <summary>Per-pixel compositing arithmetic on premultiplied RGBA8 (W3C Compositing and Blending).</summary>
internal static class Compositor
{
    /// <summary>x/255 rounded to nearest, exact for 0 ≤ x ≤ 255·255.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Div255(int x)
    {
        x += 128;
        return (x + (x >> 8)) >> 8;
    }

    /// <summary>dst = src·cov + dst·(1 − srcA·cov), per pixel of <paramref name="row"/>.</summary>
    public static void SourceOverSolid(Span<byte> row, ReadOnlySpan<byte> coverage, PremulRgba8 c)
    {
        for (int i = 0; i < coverage.Length; i++)
        {
            int cov = coverage[i];
            if (cov == 0)
            {
                continue;
            }

            int o = i * 4;
            if (cov == 255 && c.A == 255)
            {
                row[o] = c.R;
                row[o + 1] = c.G;
                row[o + 2] = c.B;
                row[o + 3] = 255;
                continue;
            }

            int sr = Div255(c.R * cov), sg = Div255(c.G * cov), sb = Div255(c.B * cov), sa = Div255(c.A * cov);
            int inv = 255 - sa;
            row[o] = (byte)(sr + Div255(row[o] * inv));
            row[o + 1] = (byte)(sg + Div255(row[o + 1] * inv));
            row[o + 2] = (byte)(sb + Div255(row[o + 2] * inv));
            row[o + 3] = (byte)(sa + Div255(row[o + 3] * inv));
        }
    }
}
