using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;
using System.Text;
using Ornament.Encode.Png;
using Ornament.Paint;

namespace Ornament.Encode;

/// <summary>Decodes PNG files of every standard colour type and bit depth (1–16), interlaced or not, to a
/// premultiplied <see cref="Pixmap"/> plus text chunks. Strict: any CRC error, truncation, or structural fault
/// throws <see cref="PngFormatException"/> naming the problem.</summary>
/// <remarks>The file is read as a stream, chunk by chunk; IDAT data is inflated row by row straight into the
/// pixmap, and never more than the rows IHDR promises is inflated, which defuses decompression bombs. Sizes are
/// checked against <see cref="PngDecodeOptions"/> before anything proportional to them is allocated.</remarks>
public static class PngDecoder
{
    /// <summary>Decodes a PNG held in memory.</summary>
    /// <exception cref="PngFormatException">The bytes are not a valid PNG, or exceed the limits.</exception>
    public static PngImage Decode(byte[] png, PngDecodeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(png);
        using var ms = new MemoryStream(png, writable: false);
        return Decode(ms, options);
    }

    /// <summary>Decodes a PNG from <paramref name="stream"/>, read sequentially up to the end of IEND (left open).</summary>
    /// <exception cref="PngFormatException">The bytes are not a valid PNG, or exceed the limits.</exception>
    public static PngImage Decode(Stream stream, PngDecodeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= PngDecodeOptions.Default;

        var reader = new PngChunkReader(stream);
        reader.ReadSignature();
        reader.BeginChunk();
        if (reader.Type != PngChunks.Ihdr)
        {
            throw new PngFormatException($"The first chunk is '{reader.Name}'; a PNG must start with IHDR.");
        }

        if (reader.Length != 13)
        {
            throw new PngFormatException($"IHDR chunk has {reader.Length} bytes; it must have 13.");
        }

        var header = PngHeader.Parse(reader.ReadPayload());
        reader.EndChunk();
        CheckBudget(header, options);

        byte[]? plte = null, trns = null;
        var text = new Dictionary<string, string>(StringComparer.Ordinal);
        (uint X, uint Y)? ppm = null;
        Pixmap? pixmap = null;
        bool headerPending = false;

        while (true)
        {
            if (!headerPending)
            {
                reader.BeginChunk();
            }

            headerPending = false;
            switch (reader.Type)
            {
                case PngChunks.Ihdr:
                    throw new PngFormatException("A second IHDR chunk appears.");
                case PngChunks.Plte:
                    plte = ReadPalette(reader, header, plte, pixmap is not null);
                    break;
                case PngChunks.Trns:
                    trns = ReadTransparency(reader, header, plte, pixmap is not null);
                    break;
                case PngChunks.Idat:
                    if (pixmap is not null)
                    {
                        throw new PngFormatException("IDAT chunks are not consecutive.");
                    }

                    if (header.ColorType == PngHeader.Palette && plte is null)
                    {
                        throw new PngFormatException("Palette image has no PLTE chunk before IDAT.");
                    }

                    pixmap = DecodeImage(reader, header, new PngRowConverter(header, plte, trns));
                    headerPending = true; // the IDAT run ended on the next chunk's header
                    continue;
                case PngChunks.Iend:
                    if (pixmap is null)
                    {
                        throw new PngFormatException("PNG has no IDAT chunk (no image data).");
                    }

                    reader.EndChunk();
                    return new PngImage(pixmap, text, ppm);
                case PngChunks.Phys:
                    ppm = ReadPhysical(reader) ?? ppm;
                    break;
                case PngChunks.Text:
                case PngChunks.Ztxt:
                case PngChunks.Itxt:
                    var (key, value) = PngTextReader.Read(reader, options.MaxTextBytes);
                    text.TryAdd(key, value);
                    break;
                default:
                    if (PngChunks.IsCritical(reader.Type))
                    {
                        throw new PngFormatException($"Unknown critical chunk '{reader.Name}': this PNG needs a feature this decoder lacks.");
                    }

                    break; // unknown ancillary chunks are skipped (their CRC is still checked)
            }

            reader.EndChunk();
        }
    }

    private static void CheckBudget(PngHeader h, PngDecodeOptions options)
    {
        long pixels = (long)h.Width * h.Height;
        if (pixels > options.MaxPixels)
        {
            throw new PngFormatException($"PNG is {h.Width}×{h.Height} = {pixels} pixels, over the limit of {options.MaxPixels} (PngDecodeOptions.MaxPixels).");
        }

        if (h.Width > Pixmap.MaxDimension || h.Height > Pixmap.MaxDimension || pixels * 4 > Array.MaxLength)
        {
            throw new PngFormatException($"PNG is {h.Width}×{h.Height}, too large for one Pixmap (sides ≤ {Pixmap.MaxDimension}, ≤ {Array.MaxLength / 4} pixels).");
        }
    }

    private static Pixmap DecodeImage(PngChunkReader reader, PngHeader header, PngRowConverter converter)
    {
        var pixmap = new Pixmap(header.Width, header.Height);
        int maxRowBytes = checked((int)header.RowBytes(header.Width));
        var cur = new byte[maxRowBytes + 1];
        var prev = new byte[maxRowBytes + 1];
        int bpp = header.FilterBpp;

        var idat = new IdatReadStream(reader);
        try
        {
            using var zlib = new ZLibStream(idat, CompressionMode.Decompress, leaveOpen: true);
            {
                foreach (var pass in header.Interlaced ? PngPass.Adam7 : PngPass.Progressive)
                {
                    int cols = pass.Columns(header.Width), rows = pass.Rows(header.Height);
                    if (cols == 0 || rows == 0)
                    {
                        continue; // empty passes have no filter bytes either
                    }

                    int rowBytes = (int)header.RowBytes(cols);
                    Array.Clear(prev); // each pass starts with a zero row above
                    for (int r = 0; r < rows; r++)
                    {
                        int y = pass.Y0 + (r * pass.Dy);
                        var row = cur.AsSpan(0, rowBytes + 1);
                        if (zlib.ReadAtLeast(row, row.Length, throwOnEndOfStream: false) < row.Length)
                        {
                            throw new PngFormatException($"Image data ends early: row {y} of {header.Height} is missing (IDAT truncated).");
                        }

                        if (!PngFilters.Decode(row[0], row[1..], prev.AsSpan(1, rowBytes), bpp))
                        {
                            throw new PngFormatException($"Row {y} has filter type {row[0]}; only 0–4 exist.");
                        }

                        converter.Convert(row[1..], cols, pixmap.Row(y), pass.X0, pass.Dx);
                        (cur, prev) = (prev, cur);
                    }
                }

                // Inflate at most one byte more: anything there means IDAT holds more than IHDR describes.
                Span<byte> extra = stackalloc byte[1];
                if (zlib.Read(extra) > 0)
                {
                    throw new PngFormatException("IDAT holds more image data than IHDR describes.");
                }
            }
        }
        catch (InvalidDataException e)
        {
            throw new PngFormatException($"IDAT zlib data is corrupt: {e.Message}", e);
        }
        catch (IOException e) when (e.GetType().Name == "ZLibException")
        {
            // Found by fuzzing: some corrupt streams make zlib itself report an error (an IOException, not
            // InvalidDataException; the type is not public), from a read or from disposing the inflater.
            throw new PngFormatException($"IDAT zlib data is corrupt: {e.Message}", e);
        }

        idat.SkipToEnd();
        return pixmap;
    }

    private static byte[] ReadPalette(PngChunkReader reader, PngHeader header, byte[]? existing, bool afterIdat)
    {
        if (existing is not null || afterIdat)
        {
            throw new PngFormatException(afterIdat ? "PLTE appears after IDAT." : "A second PLTE chunk appears.");
        }

        int max = header.ColorType == PngHeader.Palette ? 1 << header.BitDepth : 256;
        if (reader.Length == 0 || reader.Length % 3 != 0 || reader.Length / 3 > max)
        {
            throw new PngFormatException($"PLTE has {reader.Length} bytes; it must hold 1…{max} RGB entries (a multiple of 3).");
        }

        if (header.ColorType is PngHeader.Gray or PngHeader.GrayAlpha)
        {
            throw new PngFormatException($"PLTE is not allowed in a colour type {header.ColorType} image.");
        }

        return reader.ReadPayload();
    }

    private static byte[]? ReadTransparency(PngChunkReader reader, PngHeader header, byte[]? plte, bool afterIdat)
    {
        if (afterIdat)
        {
            throw new PngFormatException("tRNS appears after IDAT.");
        }

        int expected = header.ColorType switch
        {
            PngHeader.Gray => 2,
            PngHeader.Rgb => 6,
            PngHeader.Palette => -1,
            _ => 0, // tRNS is not allowed with an alpha channel; ignore it like libpng does
        };
        if (expected == 0)
        {
            return null;
        }

        if (expected == -1)
        {
            if (plte is null)
            {
                throw new PngFormatException("tRNS appears before PLTE.");
            }

            if (reader.Length > plte.Length / 3)
            {
                throw new PngFormatException($"tRNS has {reader.Length} entries but PLTE has only {plte.Length / 3}.");
            }
        }
        else if (reader.Length != expected)
        {
            throw new PngFormatException($"tRNS has {reader.Length} bytes; colour type {header.ColorType} needs {expected}.");
        }

        return reader.ReadPayload();
    }

    private static (uint, uint)? ReadPhysical(PngChunkReader reader)
    {
        if (reader.Length != 9)
        {
            throw new PngFormatException($"pHYs has {reader.Length} bytes; it must have 9.");
        }

        var d = reader.ReadPayload();
        return d[8] == 1 ? (BinaryPrimitives.ReadUInt32BigEndian(d), BinaryPrimitives.ReadUInt32BigEndian(d.AsSpan(4))) : null;
    }
}
