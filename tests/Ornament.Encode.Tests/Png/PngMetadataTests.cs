using System.Buffers.Binary;
using System.Text;

namespace Ornament.Encode.Tests.Png;

public class PngMetadataTests
{
    private static readonly Ornament.Paint.Pixmap Small = TestImages.Random(5, 4, 1, opaque: true);

    [Fact]
    public void Dpi_300_is_written_as_11811_pixels_per_metre()
    {
        var png = PngEncoder.Encode(Small, new PngEncodeOptions { Dpi = 300 });
        var phys = Assert.Single(TestPng.ReadChunks(png), c => c.Type == "pHYs").Data;
        Assert.Equal(9, phys.Length);
        Assert.Equal(11811u, BinaryPrimitives.ReadUInt32BigEndian(phys));
        Assert.Equal(11811u, BinaryPrimitives.ReadUInt32BigEndian(phys.AsSpan(4)));
        Assert.Equal(1, phys[8]);

        var image = PngDecoder.Decode(png);
        Assert.Equal((11811u, 11811u), image.PixelsPerMetre);
        Assert.Equal(300, image.Dpi!.Value, 0.01);
    }

    [Fact]
    public void Chunk_order_is_fixed_and_there_is_no_time_chunk()
    {
        var png = PngEncoder.Encode(Small, new PngEncodeOptions { Dpi = 72, TextChunks = [new("a", "1"), new("b", "2")] });
        var types = TestPng.ReadChunks(png).Select(c => c.Type).ToArray();
        Assert.Equal(["IHDR", "sRGB", "pHYs", "iTXt", "iTXt", "IDAT", "IEND"], types);
        Assert.Equal([0], TestPng.ReadChunks(png)[1].Data); // perceptual rendering intent
    }

    [Fact]
    public void No_dpi_means_no_phys()
    {
        var png = PngEncoder.Encode(Small);
        Assert.DoesNotContain(TestPng.ReadChunks(png), c => c.Type == "pHYs");
        Assert.Null(PngDecoder.Decode(png).Dpi);
    }

    [Fact]
    public void Itxt_round_trips_kazakh_utf8()
    {
        const string Kazakh = "Қазақ ою-өрнегі: сырмақ, шырдақ, текемет — «қошқар мүйіз» ӘҒҚҢӨҰҮҺІ";
        const string Recipe = "{\"style\":\"syrmak\",\"seed\":42}";
        var png = PngEncoder.Encode(Small, new PngEncodeOptions
        {
            TextChunks = [new("ornament:recipe", Recipe), new("Description", Kazakh)],
        });

        var itxt = TestPng.ReadChunks(png).Where(c => c.Type == "iTXt").Select(c => c.Data).ToList();
        Assert.Equal(2, itxt.Count);
        var expected = Encoding.Latin1.GetBytes("Description").Concat(new byte[] { 0, 0, 0, 0, 0 }).Concat(Encoding.UTF8.GetBytes(Kazakh));
        Assert.Equal(expected, itxt[1]); // byte layout per the spec: uncompressed, no language tag

        var text = PngDecoder.Decode(png).Text;
        Assert.Equal(Recipe, text["ornament:recipe"]);
        Assert.Equal(Kazakh, text["Description"]);
    }

    [Fact]
    public void Text_zText_and_compressed_iText_written_by_others_are_read()
    {
        var samples = new[] { new[] { 7 } };
        var ztxt = TestPng.Concat(Encoding.Latin1.GetBytes("Comment"), [0, 0], TestPng.Zlib(Encoding.Latin1.GetBytes("Ümit")));
        var itxt = TestPng.Concat(Encoding.Latin1.GetBytes("Title"), [0, 1, 0], Encoding.ASCII.GetBytes("kk"), [0], Encoding.UTF8.GetBytes("Атауы"), [0], TestPng.Zlib(Encoding.UTF8.GetBytes("Тұлпар")));
        var png = TestPng.Encode(
            1,
            1,
            8,
            0,
            samples,
            false,
            TestPng.Chunk("tEXt", TestPng.Concat(Encoding.Latin1.GetBytes("Author"), [0], Encoding.Latin1.GetBytes("Aigerim"))),
            TestPng.Chunk("zTXt", ztxt),
            TestPng.Chunk("iTXt", itxt),
            TestPng.Chunk("tEXt", TestPng.Concat(Encoding.Latin1.GetBytes("Author"), [0], Encoding.Latin1.GetBytes("second"))));

        var text = PngDecoder.Decode(png).Text;
        Assert.Equal("Aigerim", text["Author"]); // first occurrence wins
        Assert.Equal("Ümit", text["Comment"]);
        Assert.Equal("Тұлпар", text["Title"]);
    }
}
