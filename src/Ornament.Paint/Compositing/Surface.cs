using Ornament.Raster;

namespace Ornament.Paint;

/// <summary>A window of device pixels backed by an array: a whole pixmap, the rows of one band, or a group layer.
/// Sinks address it in device coordinates; <see cref="Rect"/> says which device pixels it holds.</summary>
internal readonly struct Surface
{
    /// <summary>How far ahead <see cref="PrefetchDistance"/> looks: two rows give the memory system one row's blending
    /// more time than the very next row would.</summary>
    private const int RowsAhead = 2;

    public Surface(byte[] data, int stride, PixelRect rect, int byteOffset = 0)
    {
        Data = data;
        Stride = stride;
        Rect = rect;
        ByteOffset = byteOffset;
    }

    public byte[] Data { get; }

    public int Stride { get; }

    /// <summary>The device pixels held: column Rect.X0 of row Rect.Y0 is at <see cref="ByteOffset"/>.</summary>
    public PixelRect Rect { get; }

    public int ByteOffset { get; }

    /// <summary>Device pixels [x, x + count) of device row y.</summary>
    public Span<byte> Span(int y, int x, int count) =>
        Data.AsSpan(ByteOffset + ((y - Rect.Y0) * Stride) + ((x - Rect.X0) * 4), count * 4);

    /// <summary>The byte distance from pixel (x, y) to the same column <see cref="RowsAhead"/> rows down when this
    /// surface holds pixels [x, x + count) of that row; 0 otherwise (the kernels then ask for nothing).</summary>
    public nint PrefetchDistance(int y, int x, int count)
    {
        if (y + RowsAhead >= Rect.Y1 || count <= 0)
        {
            return 0;
        }

        long end = ByteOffset + ((long)(y + RowsAhead - Rect.Y0) * Stride) + ((long)(x - Rect.X0 + count) * 4);
        return end <= Data.Length ? (nint)RowsAhead * Stride : 0;
    }

    /// <summary>Fills the pixels of <paramref name="area"/> (inside <see cref="Rect"/>) with one premultiplied
    /// colour.</summary>
    public void Fill(PremulRgba8 c, PixelRect area)
    {
        uint packed = c.R | ((uint)c.G << 8) | ((uint)c.B << 16) | ((uint)c.A << 24);
        if (!BitConverter.IsLittleEndian)
        {
            packed = System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(packed);
        }

        for (int y = area.Y0; y < area.Y1; y++)
        {
            var row = Span(y, area.X0, area.Width);
            if (packed == 0)
            {
                row.Clear();
            }
            else
            {
                System.Runtime.InteropServices.MemoryMarshal.Cast<byte, uint>(row).Fill(packed); // vectorised by the runtime
            }
        }
    }
}
