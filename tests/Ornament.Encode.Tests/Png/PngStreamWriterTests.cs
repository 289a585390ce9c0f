using System.IO;
using Ornament.Paint;

namespace Ornament.Encode.Tests.Png;

public class PngStreamWriterTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(64)]
    public void Band_by_band_equals_whole_pixmap(int bandRows)
    {
        var source = TestImages.Random(45, 64, 21, opaque: false);
        var whole = PngEncoder.Encode(source);

        using var ms = new MemoryStream();
        using (var writer = new PngStreamWriter(ms, 45, 64, opaque: false))
        {
            for (int y = 0; y < 64; y += bandRows)
            {
                int rows = Math.Min(bandRows, 64 - y);
                writer.WriteRows(source.Data.Slice(y * source.Stride, rows * source.Stride), rows);
            }

            Assert.Equal(64, writer.RowsWritten);
            writer.Finish();
        }

        Assert.Equal(whole, ms.ToArray());
    }

    [Fact]
    public void Rows_with_a_larger_stride_are_read_at_that_stride()
    {
        var source = TestImages.Random(10, 6, 4, opaque: true);
        var padded = new byte[6 * 48];
        for (int y = 0; y < 6; y++)
        {
            source.Row(y).CopyTo(padded.AsSpan(y * 48));
        }

        using var ms = new MemoryStream();
        using (var writer = new PngStreamWriter(ms, 10, 6, opaque: true))
        {
            writer.WriteRows(padded, 6, 48);
            writer.Finish();
        }

        Assert.Equal(PngEncoder.Encode(source), ms.ToArray());
    }

    [Fact]
    public void Declared_opaque_but_a_pixel_is_not_is_rejected()
    {
        var band = new Pixmap(4, 1);
        band.Clear(Rgba8.White);
        band.SetPixel(2, 0, new PremulRgba8(0, 0, 0, 0));
        using var writer = new PngStreamWriter(new MemoryStream(), 4, 1, opaque: true);
        var e = Assert.Throws<ArgumentException>(() => writer.WriteRows(band));
        Assert.Contains("declared opaque", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Finishing_early_or_writing_too_many_rows_throws()
    {
        var band = new Pixmap(3, 2);
        using var writer = new PngStreamWriter(new MemoryStream(), 3, 3, opaque: false);
        writer.WriteRows(band);
        Assert.Throws<InvalidOperationException>(writer.Finish);
        Assert.Throws<ArgumentException>(() => writer.WriteRows(band));
    }

    [Fact]
    public void Disposing_unfinished_leaves_no_iend()
    {
        using var ms = new MemoryStream();
        using (var writer = new PngStreamWriter(ms, 3, 3, opaque: false))
        {
            writer.WriteRows(new Pixmap(3, 2));
        }

        Assert.Throws<PngFormatException>(() => PngDecoder.Decode(ms.ToArray()));
    }

    [Fact]
    public void Bad_options_fail_before_anything_is_written()
    {
        var ms = new MemoryStream();
        Assert.Throws<ArgumentOutOfRangeException>(() => new PngStreamWriter(ms, 1, 1, true, new PngEncodeOptions { CompressionLevel = 10 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PngStreamWriter(ms, 1, 1, true, new PngEncodeOptions { Dpi = -3 }));
        Assert.Throws<ArgumentException>(() => new PngStreamWriter(ms, 1, 1, true, new PngEncodeOptions { TextChunks = [new(" bad", "x")] }));
        Assert.Throws<ArgumentException>(() => new PngStreamWriter(ms, 1, 1, true, new PngEncodeOptions { TextChunks = [new("ok", "a\0b")] }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PngStreamWriter(ms, 0, 1, true));
        Assert.Equal(0, ms.Length);
    }
}
