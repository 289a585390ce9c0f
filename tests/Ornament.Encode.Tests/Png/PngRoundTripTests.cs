using Ornament.Paint;

namespace Ornament.Encode.Tests.Png;

public class PngRoundTripTests
{
    public static TheoryData<PngFilter, int, int, bool> Cases()
    {
        var data = new TheoryData<PngFilter, int, int, bool>();
        foreach (var filter in Enum.GetValues<PngFilter>())
        {
            foreach (var (w, h) in new[] { (1, 1), (2, 3), (7, 5), (33, 17), (64, 1), (1, 40) })
            {
                data.Add(filter, w, h, true);
                data.Add(filter, w, h, false);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Written_pixels_read_back(PngFilter filter, int width, int height, bool opaque)
    {
        var source = TestImages.Random(width, height, (ulong)((width * 1000) + height), opaque);
        var png = PngEncoder.Encode(source, new PngEncodeOptions { Filter = filter });

        var chunks = TestPng.ReadChunks(png);
        Assert.Equal(opaque ? 2 : 6, chunks[0].Data[9]); // colour type: RGB only when every pixel is opaque

        var decoded = PngDecoder.Decode(png).Pixmap;
        if (opaque)
        {
            Assert.Equal(source.Data.ToArray(), decoded.Data.ToArray()); // exact: nothing to round
        }
        else
        {
            TestImages.AssertRoundTrip(source, decoded);
        }
    }

    [Fact]
    public void Straight_values_written_are_the_exactly_rounded_unpremultiplied_ones()
    {
        // Decode the IDAT ourselves (no filters involved with Filter=None) and compare with (c·255 + a/2)/a.
        var source = TestImages.Random(16, 16, 99, opaque: false);
        var png = PngEncoder.Encode(source, new PngEncodeOptions { Filter = PngFilter.None });
        var idat = TestPng.ReadChunks(png).Where(c => c.Type == "IDAT").SelectMany(c => c.Data).ToArray();
        var raw = Inflate(idat);
        for (int y = 0; y < 16; y++)
        {
            Assert.Equal(0, raw[y * 65]);
            for (int x = 0; x < 16; x++)
            {
                var p = source.GetPixel(x, y);
                int a = p.A;
                int Expect(int c) => a == 0 ? 0 : Math.Min(255, ((c * 255) + (a / 2)) / a);
                int o = (y * 65) + 1 + (x * 4);
                Assert.Equal([Expect(p.R), Expect(p.G), Expect(p.B), a], new int[] { raw[o], raw[o + 1], raw[o + 2], raw[o + 3] });
            }
        }
    }

    [Fact]
    public void Large_image_spans_several_idat_chunks_and_round_trips()
    {
        var source = TestImages.Random(300, 260, 5, opaque: false);
        var png = PngEncoder.Encode(source, new PngEncodeOptions { CompressionLevel = 1 });
        var idats = TestPng.ReadChunks(png).Where(c => c.Type == "IDAT").ToList();
        Assert.True(idats.Count >= 2, $"expected several IDAT chunks, got {idats.Count}");
        Assert.All(idats.SkipLast(1), c => Assert.Equal(64 * 1024, c.Data.Length));
        TestImages.AssertRoundTrip(source, PngDecoder.Decode(png).Pixmap);
    }

    [Fact]
    public void Same_pixmap_gives_identical_bytes()
    {
        var source = TestImages.Random(50, 40, 3, opaque: false);
        var options = new PngEncodeOptions { Dpi = 150, TextChunks = [new("ornament:recipe", "{\"seed\":1}")] };
        Assert.Equal(PngEncoder.Encode(source, options), PngEncoder.Encode(source, options));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(9)]
    public void Every_compression_level_round_trips(int level)
    {
        var source = TestImages.Random(40, 30, (ulong)level, opaque: true);
        var png = PngEncoder.Encode(source, new PngEncodeOptions { CompressionLevel = level });
        Assert.Equal(source.Data.ToArray(), PngDecoder.Decode(png).Pixmap.Data.ToArray());
    }

    [Fact]
    public void Level_zero_stores_and_level_nine_compresses()
    {
        var source = TestImages.Random(64, 64, 8, opaque: true);
        int stored = PngEncoder.Encode(source, new PngEncodeOptions { CompressionLevel = 0 }).Length;
        int best = PngEncoder.Encode(source, new PngEncodeOptions { CompressionLevel = 9 }).Length;
        Assert.True(stored > 64 * 64 * 3, $"level 0 should store raw rows, got {stored} bytes");
        Assert.True(best < stored, $"level 9 ({best}) should be smaller than level 0 ({stored})");
    }

    [Fact]
    public void Adaptive_is_not_larger_than_no_filter_on_smooth_images()
    {
        var pm = new Pixmap(128, 128);
        for (int y = 0; y < 128; y++)
        {
            for (int x = 0; x < 128; x++)
            {
                pm.SetPixel(x, y, new PremulRgba8((byte)(x * 2), (byte)(y * 2), (byte)(x + y), 255));
            }
        }

        int none = PngEncoder.Encode(pm, new PngEncodeOptions { Filter = PngFilter.None }).Length;
        int adaptive = PngEncoder.Encode(pm).Length;
        Assert.True(adaptive < none, $"adaptive {adaptive} bytes, none {none} bytes");
    }

    private static byte[] Inflate(byte[] zlib)
    {
        using var input = new System.IO.MemoryStream(zlib);
        using var z = new System.IO.Compression.ZLibStream(input, System.IO.Compression.CompressionMode.Decompress);
        using var output = new System.IO.MemoryStream();
        z.CopyTo(output);
        return output.ToArray();
    }
}
