using System.IO;

namespace Ornament.Encode.Png;

/// <summary>Presents the payloads of consecutive IDAT chunks as one read-only stream for zlib, crossing chunk
/// boundaries (and checking their CRCs) on demand. It ends at the first non-IDAT chunk, whose header is then
/// already read: the decoder carries on from there.</summary>
internal sealed class IdatReadStream : Stream
{
    private readonly PngChunkReader _reader;
    private bool _ended;

    /// <summary>Starts inside the current chunk, which must be an IDAT.</summary>
    public IdatReadStream(PngChunkReader reader) => _reader = reader;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        while (!_ended)
        {
            if (_reader.Remaining > 0)
            {
                return _reader.ReadSome(buffer);
            }

            NextChunk();
        }

        return 0;
    }

    /// <summary>Consumes the rest of the IDAT run (zlib may stop before it ends), leaving the reader on the
    /// header of the chunk after it.</summary>
    public void SkipToEnd()
    {
        while (!_ended)
        {
            NextChunk();
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private void NextChunk()
    {
        _reader.EndChunk();
        _reader.BeginChunk();
        _ended = _reader.Type != PngChunks.Idat;
    }
}
