using System.Buffers.Binary;
using System.IO;

namespace Ornament.Encode.Png;

/// <summary>Reads a PNG stream chunk by chunk, checking every CRC and never trusting a length before it is
/// checked: payloads are consumed in pieces through a fixed scratch buffer, so a lying length costs no memory.</summary>
internal sealed class PngChunkReader
{
    private readonly Stream _stream;
    private readonly byte[] _scratch = new byte[8192];
    private uint _crc;

    public PngChunkReader(Stream stream) => _stream = stream;

    /// <summary>Type code of the current chunk (see <see cref="PngChunks"/>).</summary>
    public uint Type { get; private set; }

    /// <summary>Declared payload length of the current chunk.</summary>
    public int Length { get; private set; }

    /// <summary>Payload bytes of the current chunk not yet read.</summary>
    public int Remaining { get; private set; }

    /// <summary>Four-letter name of the current chunk, for messages.</summary>
    public string Name => PngChunks.Name(Type);

    public void ReadSignature()
    {
        Span<byte> sig = stackalloc byte[8];
        int n = _stream.ReadAtLeast(sig, 8, throwOnEndOfStream: false);
        if (n < 8 || !sig.SequenceEqual(PngChunks.Signature))
        {
            throw new PngFormatException(n < 8 ? $"Not a PNG: only {n} bytes, shorter than the 8-byte signature." : "Not a PNG: the 8-byte signature does not match.");
        }
    }

    /// <summary>Reads the next chunk's length and type.</summary>
    public void BeginChunk()
    {
        Span<byte> head = stackalloc byte[8];
        int n = _stream.ReadAtLeast(head, 8, throwOnEndOfStream: false);
        if (n == 0)
        {
            throw new PngFormatException("PNG is truncated: the file ends before the IEND chunk.");
        }

        if (n < 8)
        {
            throw new PngFormatException("PNG is truncated inside a chunk header.");
        }

        uint length = BinaryPrimitives.ReadUInt32BigEndian(head);
        Type = BinaryPrimitives.ReadUInt32BigEndian(head[4..]);
        if (!PngChunks.IsValidType(Type))
        {
            throw new PngFormatException($"Chunk type bytes 0x{Type:X8} are not four ASCII letters: the file is corrupt.");
        }

        if (length > PngChunks.MaxChunkLength)
        {
            throw new PngFormatException($"Chunk '{Name}' declares length {length}, more than PNG allows (2^31 − 1).");
        }

        if (_stream.CanSeek)
        {
            long left = _stream.Length - _stream.Position;
            if (length + 4L > left)
            {
                throw new PngFormatException($"PNG is truncated: chunk '{Name}' declares {length} bytes but only {Math.Max(0, left - 4)} remain.");
            }
        }

        Length = (int)length;
        Remaining = Length;
        _crc = Crc32.Compute(head[4..]);
    }

    /// <summary>Reads up to <c>dst.Length</c> payload bytes (at least one when any remain).</summary>
    public int ReadSome(Span<byte> dst)
    {
        if (dst.Length > Remaining)
        {
            dst = dst[..Remaining];
        }

        if (dst.IsEmpty)
        {
            return 0;
        }

        int n = _stream.Read(dst);
        if (n <= 0)
        {
            throw new PngFormatException($"PNG is truncated inside chunk '{Name}'.");
        }

        _crc = Crc32.Append(_crc, dst[..n]);
        Remaining -= n;
        return n;
    }

    /// <summary>Reads the whole payload of a chunk that the caller has already checked is small.</summary>
    public byte[] ReadPayload()
    {
        var data = new byte[Remaining];
        int off = 0;
        while (off < data.Length)
        {
            off += ReadSome(data.AsSpan(off));
        }

        return data;
    }

    /// <summary>Skips what is left of the payload, then reads and checks the CRC.</summary>
    public void EndChunk()
    {
        while (Remaining > 0)
        {
            ReadSome(_scratch);
        }

        Span<byte> crc = stackalloc byte[4];
        if (_stream.ReadAtLeast(crc, 4, throwOnEndOfStream: false) < 4)
        {
            throw new PngFormatException($"PNG is truncated: chunk '{Name}' has no CRC.");
        }

        uint expected = BinaryPrimitives.ReadUInt32BigEndian(crc);
        if (expected != _crc)
        {
            throw new PngFormatException($"CRC mismatch in chunk '{Name}' (stored 0x{expected:X8}, computed 0x{_crc:X8}): the file is corrupt.");
        }
    }
}
