using System.IO;

namespace Ornament.Encode.Png;

/// <summary>A write-only stream that frames whatever zlib writes into IDAT chunks of a fixed size, so the
/// compressed image never has to be held whole: memory is one chunk buffer.</summary>
internal sealed class IdatWriteStream : Stream
{
    /// <summary>64 KiB: large enough that the 12 bytes of chunk framing are noise, small enough to stay in cache.</summary>
    public const int DefaultChunkSize = 64 * 1024;

    private readonly Stream _output;
    private readonly byte[] _buffer;
    private int _filled;
    private bool _abandoned;

    public IdatWriteStream(Stream output, int chunkSize = DefaultChunkSize)
    {
        _output = output;
        _buffer = new byte[chunkSize];
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_abandoned)
        {
            return;
        }

        while (!buffer.IsEmpty)
        {
            int n = Math.Min(buffer.Length, _buffer.Length - _filled);
            buffer[..n].CopyTo(_buffer.AsSpan(_filled));
            _filled += n;
            buffer = buffer[n..];
            if (_filled == _buffer.Length)
            {
                EmitChunk();
            }
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    /// <summary>Writes the last, possibly short, IDAT chunk. Call once zlib has written its trailer.</summary>
    public void Complete()
    {
        if (_filled > 0)
        {
            EmitChunk();
        }
    }

    /// <summary>Drops everything written from now on: an unfinished image must not grow a half-valid tail
    /// while zlib is being disposed after an error.</summary>
    public void Abandon() => _abandoned = true;

    // zlib's Flush would be a sync flush mid-stream; chunk boundaries are ours to choose, so flushing does nothing.
    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void EmitChunk()
    {
        PngChunks.Write(_output, PngChunks.Idat, _buffer.AsSpan(0, _filled));
        _filled = 0;
    }
}
