using Ornament.Paint;

namespace Ornament.Encode.Tests.Png;

/// <summary>The reader against PNGs from the independent test encoder, for every colour type and bit depth,
/// interlaced or not, with every filter on some row; expected pixels are computed here from the samples.</summary>
public class PngDecoderColorTypeTests
{
    public static TheoryData<int, int, bool> Formats()
    {
        var data = new TheoryData<int, int, bool>();
        int[][] combos = [[0, 1], [0, 2], [0, 4], [0, 8], [0, 16], [2, 8], [2, 16], [3, 1], [3, 2], [3, 4], [3, 8], [4, 8], [4, 16], [6, 8], [6, 16]];
        foreach (var c in combos)
        {
            data.Add(c[0], c[1], false);
            data.Add(c[0], c[1], true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Decodes_every_colour_type_and_depth(int colorType, int depth, bool interlace)
    {
        foreach (var (w, h) in new[] { (1, 1), (3, 5), (13, 11), (9, 2) })
        {
            var rng = new SplitMix64((ulong)((colorType * 100) + depth + (w * 7) + (interlace ? 1000 : 0)));
            int ch = TestPng.Channels(colorType);
            int max = (1 << depth) - 1;
            byte[] plte = [];
            byte[]? trns = null;
            if (colorType == 3)
            {
                int entries = Math.Min(max + 1, 6);
                plte = new byte[entries * 3];
                rng.Fill(plte);
                trns = new byte[entries - 1]; // the last entry stays implicitly opaque
                rng.Fill(trns);
                max = entries - 1;
            }

            var samples = new int[h][];
            for (int y = 0; y < h; y++)
            {
                samples[y] = new int[w * ch];
                for (int i = 0; i < samples[y].Length; i++)
                {
                    samples[y][i] = rng.Below(max + 1);
                }
            }

            var extra = colorType == 3 ? new[] { TestPng.Chunk("PLTE", plte), TestPng.Chunk("tRNS", trns) } : [];
            var png = TestPng.Encode(w, h, depth, colorType, samples, interlace, extra);
            var pm = PngDecoder.Decode(png).Pixmap;

            for (int y = 0; y < h; y++)
            {
                for (int x = 0; x < w; x++)
                {
                    var s = samples[y].AsSpan(x * ch, ch);
                    Rgba8 straight = colorType switch
                    {
                        0 => Gray(Scale(s[0], depth)),
                        2 => new Rgba8(Scale(s[0], depth), Scale(s[1], depth), Scale(s[2], depth)),
                        3 => new Rgba8(plte[3 * s[0]], plte[(3 * s[0]) + 1], plte[(3 * s[0]) + 2], s[0] < trns!.Length ? trns[s[0]] : (byte)255),
                        4 => Gray(Scale(s[0], depth)) with { A = Scale(s[1], depth) },
                        _ => new Rgba8(Scale(s[0], depth), Scale(s[1], depth), Scale(s[2], depth), Scale(s[3], depth)),
                    };
                    Assert.True(straight.Premultiply() == pm.GetPixel(x, y), $"{w}×{h} pixel ({x}, {y}): expected {straight.Premultiply()}, got {pm.GetPixel(x, y)}");
                }
            }
        }
    }

    [Theory]
    [InlineData(8)]
    [InlineData(16)]
    [InlineData(2)]
    public void Grey_colour_key_makes_matching_pixels_transparent(int depth)
    {
        int key = depth == 16 ? 0x1234 : depth == 8 ? 77 : 2;
        int other = depth == 16 ? 0x1235 : 1;
        int[][] samples = [[key, other, key]];
        var png = TestPng.Encode(3, 1, depth, 0, samples, false, TestPng.Chunk("tRNS", [(byte)(key >> 8), (byte)key]));
        var pm = PngDecoder.Decode(png).Pixmap;
        Assert.Equal(new PremulRgba8(0, 0, 0, 0), pm.GetPixel(0, 0));
        Assert.Equal(255, pm.GetPixel(1, 0).A);
        Assert.Equal(new PremulRgba8(0, 0, 0, 0), pm.GetPixel(2, 0));
    }

    [Fact]
    public void Rgb_colour_key_compares_all_three_samples_at_16_bits()
    {
        // 0x0102 and 0x0103 both reduce to 1 at 8 bits; only the exact 16-bit key is transparent.
        int[][] samples = [[0x0102, 0x0304, 0x0506, 0x0103, 0x0304, 0x0506]];
        var png = TestPng.Encode(2, 1, 16, 2, samples, false, TestPng.Chunk("tRNS", [1, 2, 3, 4, 5, 6]));
        var pm = PngDecoder.Decode(png).Pixmap;
        Assert.Equal(0, pm.GetPixel(0, 0).A);
        Assert.Equal(new PremulRgba8(1, 3, 5, 255), pm.GetPixel(1, 0));
    }

    private static byte Scale(int v, int depth) => depth == 16
        ? (byte)Math.Round(v * 255.0 / 65535.0, MidpointRounding.AwayFromZero)
        : (byte)(v * 255 / ((1 << depth) - 1));

    private static Rgba8 Gray(byte g) => new(g, g, g);
}
