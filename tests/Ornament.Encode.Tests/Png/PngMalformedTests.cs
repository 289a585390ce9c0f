using System.Buffers.Binary;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace Ornament.Encode.Tests.Png;

/// <summary>Broken and hostile files are rejected with PngFormatException, quickly, and nothing else escapes.</summary>
public class PngMalformedTests
{
    private static readonly byte[] Valid = PngEncoder.Encode(TestImages.Random(6, 5, 77, opaque: false), new PngEncodeOptions { Dpi = 96, TextChunks = [new("k", "v")] });

    private static readonly int[][] OneGreyPixel = [[9]];

    private static PngFormatException Rejects(byte[] png, PngDecodeOptions? options = null)
    {
        var sw = Stopwatch.StartNew();
        var e = Assert.Throws<PngFormatException>(() => PngDecoder.Decode(png, options));
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5), $"rejection took {sw.Elapsed}");
        return e;
    }

    private static byte[] WithChunks(byte[] ihdr, params byte[][] chunks) => TestPng.Concat([TestPng.Signature, ihdr, .. chunks]);

    private static byte[] GreyIdat(int w, int h, int filter = 0) => TestPng.Chunk("IDAT", TestPng.Zlib(Enumerable.Range(0, h).SelectMany(_ => new byte[] { (byte)filter }.Concat(new byte[w])).ToArray()));

    [Fact]
    public void The_valid_sample_decodes()
    {
        Assert.Equal(6, PngDecoder.Decode(Valid).Pixmap.Width);
    }

    [Fact]
    public void Every_truncation_is_rejected()
    {
        for (int len = 0; len < Valid.Length; len++)
        {
            var e = Rejects(Valid[..len]);
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
        }
    }

    [Fact]
    public void Every_truncation_is_rejected_from_an_unseekable_stream()
    {
        for (int len = 0; len < Valid.Length; len += 3)
        {
            using var s = new ForwardOnlyStream(Valid[..len]);
            Assert.Throws<PngFormatException>(() => PngDecoder.Decode(s));
        }
    }

    [Fact]
    public void Every_single_bit_flip_is_rejected()
    {
        var copy = Valid.ToArray();
        for (int i = 0; i < copy.Length; i++)
        {
            for (int bit = 0; bit < 8; bit++)
            {
                copy[i] ^= (byte)(1 << bit);
                Rejects(copy);
                copy[i] ^= (byte)(1 << bit);
            }
        }
    }

    [Fact]
    public void Bad_crc_is_named()
    {
        var copy = Valid.ToArray();
        copy[^1] ^= 0xFF; // last byte of IEND's CRC
        Assert.Contains("CRC mismatch in chunk 'IEND'", Rejects(copy).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Garbage_is_rejected()
    {
        var rng = new SplitMix64(1234);
        for (int n = 0; n < 200; n++)
        {
            var junk = new byte[rng.Below(400)];
            rng.Fill(junk);
            if (n % 2 == 0 && junk.Length >= 8)
            {
                TestPng.Signature.CopyTo(junk, 0); // get past the signature check
            }

            Rejects(junk);
        }
    }

    [Fact]
    public void Oversized_dimensions_are_rejected_before_allocation()
    {
        var huge = WithChunks(TestPng.Ihdr(100_000, 100_000, 8, 6), GreyIdat(1, 1), TestPng.Chunk("IEND", []));
        Assert.Contains("MaxPixels", Rejects(huge).Message, StringComparison.Ordinal);

        var small = WithChunks(TestPng.Ihdr(100, 100, 8, 0), GreyIdat(100, 100), TestPng.Chunk("IEND", []));
        Assert.Contains("MaxPixels", Rejects(small, new PngDecodeOptions { MaxPixels = 9_999 }).Message, StringComparison.Ordinal);

        Rejects(WithChunks(TestPng.Ihdr(0x8000_0000, 1, 8, 0), GreyIdat(1, 1), TestPng.Chunk("IEND", [])));
        Rejects(WithChunks(TestPng.Ihdr(0, 1, 8, 0), GreyIdat(1, 1), TestPng.Chunk("IEND", [])));
    }

    [Fact]
    public void Decompression_bomb_is_stopped_at_the_expected_size()
    {
        // 64 MiB of zeros compress to about 64 KiB; the image needs only 16 × 17 bytes.
        var bomb = TestPng.Chunk("IDAT", TestPng.Zlib(new byte[64 << 20]));
        var png = WithChunks(TestPng.Ihdr(16, 16, 8, 0), bomb, TestPng.Chunk("IEND", []));
        Assert.Contains("more image data", Rejects(png).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compressed_text_bomb_is_stopped()
    {
        var itxt = TestPng.Concat(Encoding.ASCII.GetBytes("bomb"), [0, 1, 0, 0, 0], TestPng.Zlib(new byte[8 << 20]));
        var png = WithChunks(TestPng.Ihdr(1, 1, 8, 0), TestPng.Chunk("iTXt", itxt), GreyIdat(1, 1), TestPng.Chunk("IEND", []));
        Assert.Contains("MaxTextBytes", Rejects(png, new PngDecodeOptions { MaxTextBytes = 1 << 20 }).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Structural_faults_are_named()
    {
        var ihdr = TestPng.Ihdr(1, 1, 8, 0);
        var iend = TestPng.Chunk("IEND", []);
        Assert.Contains("must start with IHDR", Rejects(WithChunks(GreyIdat(1, 1), iend)).Message, StringComparison.Ordinal);
        Assert.Contains("no IDAT", Rejects(WithChunks(ihdr, iend)).Message, StringComparison.Ordinal);
        Assert.Contains("before the IEND", Rejects(WithChunks(ihdr, GreyIdat(1, 1))).Message, StringComparison.Ordinal);
        Assert.Contains("critical chunk 'ABCD'", Rejects(WithChunks(ihdr, TestPng.Chunk("ABCD", [1]), GreyIdat(1, 1), iend)).Message, StringComparison.Ordinal);
        Assert.Contains("filter type 5", Rejects(WithChunks(ihdr, GreyIdat(1, 1, filter: 5), iend)).Message, StringComparison.Ordinal);
        Assert.Contains("not consecutive", Rejects(WithChunks(ihdr, GreyIdat(1, 1), TestPng.Chunk("teXt", []), GreyIdat(1, 1), iend)).Message, StringComparison.Ordinal);
        Assert.Contains("row 1", Rejects(WithChunks(TestPng.Ihdr(1, 2, 8, 0), GreyIdat(1, 1), iend)).Message, StringComparison.Ordinal);
        Assert.Contains("zlib", Rejects(WithChunks(ihdr, TestPng.Chunk("IDAT", [0x78, 0x9C, 0xFF, 0xFF, 0xFF]), iend)).Message, StringComparison.Ordinal);
        Assert.Contains("no PLTE", Rejects(WithChunks(TestPng.Ihdr(1, 1, 8, 3), GreyIdat(1, 1), iend)).Message, StringComparison.Ordinal);
        Assert.Contains("palette index", Rejects(WithChunks(TestPng.Ihdr(1, 1, 8, 3), TestPng.Chunk("PLTE", [1, 2, 3]), TestPng.Chunk("IDAT", TestPng.Zlib([0, 1])), iend)).Message, StringComparison.Ordinal);
        Assert.Contains("bit depth", Rejects(WithChunks(TestPng.Ihdr(1, 1, 4, 2), GreyIdat(1, 1), iend)).Message, StringComparison.Ordinal);
        Assert.Contains("colour type", Rejects(WithChunks(TestPng.Ihdr(1, 1, 8, 5), GreyIdat(1, 1), iend)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_ancillary_chunks_are_skipped()
    {
        var png = WithChunks(TestPng.Ihdr(1, 1, 8, 0), TestPng.Chunk("teSt", [1, 2, 3]), TestPng.Chunk("IDAT", TestPng.Zlib(OneGreyPixel.Select(r => new byte[] { 0, (byte)r[0] }).First())), TestPng.Chunk("IEND", []));
        Assert.Equal(9, PngDecoder.Decode(png).Pixmap.GetPixel(0, 0).R);
    }

    [Fact]
    public void Chunk_length_beyond_the_file_is_named()
    {
        var png = WithChunks(TestPng.Ihdr(1, 1, 8, 0), GreyIdat(1, 1), TestPng.Chunk("IEND", []));
        int idatStart = 8 + 25;
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(idatStart), 1_000_000);
        Assert.Contains("declares 1000000 bytes", Rejects(png).Message, StringComparison.Ordinal);
    }

    /// <summary>A stream that cannot seek or report its length, as a network stream would.</summary>
    private sealed class ForwardOnlyStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }
    }
}
