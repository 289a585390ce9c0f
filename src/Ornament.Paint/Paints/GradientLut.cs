namespace Ornament.Paint;

/// <summary>A gradient's colours sampled into a premultiplied table: stops normalised the SVG way (offsets clamped
/// to [0, 1] and raised to the largest earlier offset), channels interpolated in straight (non-premultiplied) sRGB
/// — the convention of cairo/librsvg — then multiplied by the opacity and premultiplied.</summary>
internal sealed class GradientLut
{
    /// <summary>Table entries; t in [0, 1] maps to index round(t·(Size − 1)).</summary>
    public const int Size = 1024;

    private GradientLut(uint[] entries)
    {
        Entries = entries;
        Opaque = Array.TrueForAll(entries, e => (e & AlphaMask) == AlphaMask);
    }

    /// <summary>The alpha byte of a packed entry (memory order R, G, B, A).</summary>
    private static uint AlphaMask => BitConverter.IsLittleEndian ? 0xFF000000u : 0xFFu;

    /// <summary>Premultiplied RGBA packed so that the bytes in memory are R, G, B, A; <see cref="Size"/> entries.</summary>
    public uint[] Entries { get; }

    /// <summary>Every entry has alpha 255: a fully covered span is a plain copy of the shaded colours.</summary>
    public bool Opaque { get; }

    /// <summary>The stops in painting order: clamped, monotonic offsets.</summary>
    public static GradientStop[] Normalize(IReadOnlyList<GradientStop> stops)
    {
        var o = new GradientStop[stops.Count];
        double prev = 0;
        for (int i = 0; i < o.Length; i++)
        {
            double off = stops[i].Offset;
            off = double.IsNaN(off) ? 0 : Math.Clamp(off, 0, 1);
            off = Math.Max(off, prev);
            o[i] = stops[i] with { Offset = off };
            prev = off;
        }

        return o;
    }

    /// <summary>Builds the table of normalised stops (at least two).</summary>
    public static GradientLut Build(GradientStop[] stops, double opacity)
    {
        var e = new uint[Size];
        opacity = Math.Clamp(opacity, 0, 1);
        int k = 0;
        for (int i = 0; i < Size; i++)
        {
            double t = i / (double)(Size - 1);
            // Advance to the last stop at or before t: with equal offsets the later stop wins (a hard edge).
            while (k + 1 < stops.Length && stops[k + 1].Offset <= t)
            {
                k++;
            }

            Rgba8 c;
            if (t <= stops[0].Offset && stops[0].Offset > 0)
            {
                c = stops[0].Color;
            }
            else if (k + 1 >= stops.Length)
            {
                c = stops[^1].Color;
            }
            else
            {
                var a = stops[k];
                var b = stops[k + 1];
                double u = (t - a.Offset) / (b.Offset - a.Offset);
                c = Mix(a.Color, b.Color, u);
            }

            e[i] = Pack(c, opacity);
        }

        return new GradientLut(e);
    }

    /// <summary>One colour with opacity applied, premultiplied and packed like the table entries.</summary>
    public static uint Pack(Rgba8 c, double opacity)
    {
        var p = c.WithAlpha((byte)Math.Round(c.A * opacity)).Premultiply();
        uint v = p.R | ((uint)p.G << 8) | ((uint)p.B << 16) | ((uint)p.A << 24);
        return BitConverter.IsLittleEndian ? v : System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(v); // memory order R, G, B, A
    }

    private static Rgba8 Mix(Rgba8 a, Rgba8 b, double u)
    {
        static byte L(byte x, byte y, double u) => (byte)Math.Round(x + ((y - x) * u));
        return new Rgba8(L(a.R, b.R, u), L(a.G, b.G, u), L(a.B, b.B, u), L(a.A, b.A, u));
    }
}
