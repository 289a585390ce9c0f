using System.Buffers.Binary;
using Ornament.Paint;

namespace Ornament.Encode.Png;

/// <summary>Turns one unfiltered stored row (any colour type and bit depth) into premultiplied RGBA8 pixels,
/// placed at <c>x0, x0 + dx, …</c> of a pixmap row (dx &gt; 1 for Adam7 passes).</summary>
/// <remarks>16-bit samples are reduced to 8 with rounding (v·255/65535); 1/2/4-bit grey is scaled to 0…255.
/// The tRNS colour key is compared at the stored bit depth, before any reduction, as the spec requires.</remarks>
internal sealed class PngRowConverter
{
    private readonly PngHeader _header;
    private readonly byte[] _palette; // premultiplied RGBA per entry
    private readonly int _paletteCount;
    private readonly bool _hasKey;
    private readonly int _keyR, _keyG, _keyB; // grey uses _keyG

    public PngRowConverter(PngHeader header, byte[]? plte, byte[]? trns)
    {
        _header = header;
        _palette = new byte[256 * 4];
        if (header.ColorType == PngHeader.Palette && plte is not null)
        {
            _paletteCount = plte.Length / 3;
            for (int i = 0; i < _paletteCount; i++)
            {
                byte a = trns is not null && i < trns.Length ? trns[i] : (byte)255;
                var p = new Rgba8(plte[3 * i], plte[(3 * i) + 1], plte[(3 * i) + 2], a).Premultiply();
                _palette[4 * i] = p.R;
                _palette[(4 * i) + 1] = p.G;
                _palette[(4 * i) + 2] = p.B;
                _palette[(4 * i) + 3] = p.A;
            }
        }
        else if (trns is not null)
        {
            // Grey: one 16-bit sample; RGB: three. Only the low BitDepth bits are meaningful.
            _hasKey = true;
            _keyG = BinaryPrimitives.ReadUInt16BigEndian(header.ColorType == PngHeader.Gray ? trns : trns.AsSpan(2));
            if (header.ColorType == PngHeader.Rgb)
            {
                _keyR = BinaryPrimitives.ReadUInt16BigEndian(trns);
                _keyB = BinaryPrimitives.ReadUInt16BigEndian(trns.AsSpan(4));
            }
        }
    }

    public void Convert(ReadOnlySpan<byte> raw, int count, Span<byte> dst, int x0, int dx)
    {
        int depth = _header.BitDepth;
        switch (_header.ColorType)
        {
            case PngHeader.Gray when depth == 8:
                for (int i = 0, x = x0; i < count; i++, x += dx)
                {
                    int g = raw[i];
                    PutOpaqueOrClear(dst, x, g, g, g, _hasKey && g == _keyG);
                }

                break;
            case PngHeader.Gray when depth == 16:
                for (int i = 0, x = x0; i < count; i++, x += dx)
                {
                    int v = BinaryPrimitives.ReadUInt16BigEndian(raw[(2 * i)..]);
                    int g = Reduce16(v);
                    PutOpaqueOrClear(dst, x, g, g, g, _hasKey && v == _keyG);
                }

                break;
            case PngHeader.Gray:
                {
                    int max = (1 << depth) - 1;
                    for (int i = 0, x = x0; i < count; i++, x += dx)
                    {
                        int s = Sample(raw, i, depth);
                        int g = s * 255 / max;
                        PutOpaqueOrClear(dst, x, g, g, g, _hasKey && s == (_keyG & max));
                    }

                    break;
                }

            case PngHeader.Palette:
                for (int i = 0, x = x0; i < count; i++, x += dx)
                {
                    int s = depth == 8 ? raw[i] : Sample(raw, i, depth);
                    if (s >= _paletteCount)
                    {
                        throw new PngFormatException($"Pixel uses palette index {s}, but PLTE has only {_paletteCount} entries.");
                    }

                    _palette.AsSpan(4 * s, 4).CopyTo(dst[(4 * x)..]);
                }

                break;
            case PngHeader.Rgb when depth == 8:
                for (int i = 0, x = x0; i < count; i++, x += dx)
                {
                    int r = raw[3 * i], g = raw[(3 * i) + 1], b = raw[(3 * i) + 2];
                    PutOpaqueOrClear(dst, x, r, g, b, _hasKey && r == _keyR && g == _keyG && b == _keyB);
                }

                break;
            case PngHeader.Rgb:
                for (int i = 0, x = x0; i < count; i++, x += dx)
                {
                    int r = BinaryPrimitives.ReadUInt16BigEndian(raw[(6 * i)..]);
                    int g = BinaryPrimitives.ReadUInt16BigEndian(raw[((6 * i) + 2)..]);
                    int b = BinaryPrimitives.ReadUInt16BigEndian(raw[((6 * i) + 4)..]);
                    PutOpaqueOrClear(dst, x, Reduce16(r), Reduce16(g), Reduce16(b), _hasKey && r == _keyR && g == _keyG && b == _keyB);
                }

                break;
            case PngHeader.GrayAlpha when depth == 8:
                for (int i = 0, x = x0; i < count; i++, x += dx)
                {
                    int g = raw[2 * i];
                    Put(dst, x, g, g, g, raw[(2 * i) + 1]);
                }

                break;
            case PngHeader.GrayAlpha:
                for (int i = 0, x = x0; i < count; i++, x += dx)
                {
                    int g = Reduce16(BinaryPrimitives.ReadUInt16BigEndian(raw[(4 * i)..]));
                    Put(dst, x, g, g, g, Reduce16(BinaryPrimitives.ReadUInt16BigEndian(raw[((4 * i) + 2)..])));
                }

                break;
            case PngHeader.Rgba when depth == 8:
                for (int i = 0, x = x0; i < count; i++, x += dx)
                {
                    Put(dst, x, raw[4 * i], raw[(4 * i) + 1], raw[(4 * i) + 2], raw[(4 * i) + 3]);
                }

                break;
            default: // RGBA 16
                for (int i = 0, x = x0; i < count; i++, x += dx)
                {
                    var p = raw[(8 * i)..];
                    Put(
                        dst,
                        x,
                        Reduce16(BinaryPrimitives.ReadUInt16BigEndian(p)),
                        Reduce16(BinaryPrimitives.ReadUInt16BigEndian(p[2..])),
                        Reduce16(BinaryPrimitives.ReadUInt16BigEndian(p[4..])),
                        Reduce16(BinaryPrimitives.ReadUInt16BigEndian(p[6..])));
                }

                break;
        }
    }

    /// <summary>Nearest 8-bit value of a 16-bit sample.</summary>
    internal static int Reduce16(int v) => ((v * 255) + 32767) / 65535;

    // Samples narrower than a byte are packed most significant first.
    private static int Sample(ReadOnlySpan<byte> raw, int i, int depth)
    {
        int bit = i * depth;
        return (raw[bit >> 3] >> (8 - depth - (bit & 7))) & ((1 << depth) - 1);
    }

    private static void PutOpaqueOrClear(Span<byte> dst, int x, int r, int g, int b, bool transparent)
    {
        var p = dst.Slice(4 * x, 4);
        if (transparent)
        {
            p.Clear();
            return;
        }

        p[0] = (byte)r;
        p[1] = (byte)g;
        p[2] = (byte)b;
        p[3] = 255;
    }

    private static void Put(Span<byte> dst, int x, int r, int g, int b, int a)
    {
        var p = dst.Slice(4 * x, 4);
        p[0] = Rgba8.Div255(r * a);
        p[1] = Rgba8.Div255(g * a);
        p[2] = Rgba8.Div255(b * a);
        p[3] = (byte)a;
    }
}
