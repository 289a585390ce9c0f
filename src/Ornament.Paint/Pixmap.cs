namespace Ornament.Paint;

/// <summary>A rectangle of premultiplied RGBA8 pixels, rows top to bottom, 4 bytes per pixel in R, G, B, A order.
/// The only pixel container of the engine; hand <see cref="Data"/> with <see cref="Width"/>, <see cref="Height"/>
/// and <see cref="Stride"/> to any other imaging library.</summary>
public sealed class Pixmap
{
    /// <summary>Largest width or height accepted (a 32-bit row offset must not overflow).</summary>
    public const int MaxDimension = 1 << 20;

    private readonly byte[] _data;

    /// <summary>Creates a transparent pixmap.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is not positive or the pixel count is too
    /// large for one buffer.</exception>
    public Pixmap(int width, int height)
    {
        if (width <= 0 || height <= 0 || width > MaxDimension || height > MaxDimension)
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"Pixmap size {width}×{height} is out of range (1…{MaxDimension}).");
        }

        long bytes = (long)width * height * 4;
        if (bytes > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"Pixmap size {width}×{height} needs {bytes} bytes, more than one buffer can hold; render in bands instead.");
        }

        Width = width;
        Height = height;
        Stride = width * 4;
        _data = new byte[bytes];
    }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>Bytes from one row to the next (always <c>Width × 4</c>).</summary>
    public int Stride { get; }

    /// <summary>All pixels, premultiplied RGBA8, <see cref="Stride"/> bytes per row (writable).</summary>
    public Span<byte> Data => _data;

    /// <summary>All pixels, premultiplied RGBA8, read-only (for handing to another library without copying).</summary>
    public ReadOnlySpan<byte> ReadOnlyData => _data;

    /// <summary>Bytes the pixels take (<c>Stride × Height</c>): the size a caller's buffer needs for
    /// <see cref="CopyStraightRgbaTo"/> or a premultiplied copy of <see cref="ReadOnlyData"/>.</summary>
    public int ByteCount => _data.Length;

    /// <summary>The backing array (renderer internals write through it without copying).</summary>
    internal byte[] Buffer => _data;

    /// <summary>One row of pixels.</summary>
    public Span<byte> Row(int y) => _data.AsSpan(y * Stride, Stride);

    /// <summary>The premultiplied pixel at (x, y).</summary>
    public PremulRgba8 GetPixel(int x, int y)
    {
        int i = (y * Stride) + (x * 4);
        return new PremulRgba8(_data[i], _data[i + 1], _data[i + 2], _data[i + 3]);
    }

    /// <summary>Sets the pixel at (x, y).</summary>
    public void SetPixel(int x, int y, PremulRgba8 c)
    {
        int i = (y * Stride) + (x * 4);
        _data[i] = c.R;
        _data[i + 1] = c.G;
        _data[i + 2] = c.B;
        _data[i + 3] = c.A;
    }

    /// <summary>Fills every pixel with one colour.</summary>
    public void Clear(Rgba8 color)
    {
        var p = color.Premultiply();
        uint v = p.R | ((uint)p.G << 8) | ((uint)p.B << 16) | ((uint)p.A << 24);
        System.Runtime.InteropServices.MemoryMarshal.Cast<byte, uint>(_data.AsSpan()).Fill(BitConverter.IsLittleEndian ? v : System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(v));
    }

    /// <summary>True when every pixel has alpha 255.</summary>
    public bool IsOpaque
    {
        get
        {
            for (int i = 3; i < _data.Length; i += 4)
            {
                if (_data[i] != 255)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Copies the pixels out as straight (un-premultiplied) RGBA8.</summary>
    public byte[] ToStraightRgba()
    {
        var o = new byte[_data.Length];
        PremultiplyKernels.Unpremultiply(_data, o, Raster.SimdLevel.Current);
        return o;
    }

    /// <summary>Writes the pixels as straight (un-premultiplied) RGBA8 into <paramref name="destination"/>, rows
    /// top to bottom, <see cref="Stride"/> bytes per row, without allocating: the layout SkiaSharp's
    /// <c>Rgba8888</c>/<c>Unpremul</c> and ImageSharp's <c>Rgba32</c> expect.</summary>
    /// <param name="destination">At least <see cref="ByteCount"/> bytes; bytes past that are left alone.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="ByteCount"/>.</exception>
    public void CopyStraightRgbaTo(Span<byte> destination)
    {
        if (destination.Length < _data.Length)
        {
            throw new ArgumentException($"Destination has {destination.Length} bytes; a {Width}×{Height} pixmap needs {_data.Length}.", nameof(destination));
        }

        PremultiplyKernels.Unpremultiply(_data, destination[.._data.Length], Raster.SimdLevel.Current);
    }
}
