using System.Text;
using Ornament.Encode.Png;

namespace Ornament.Encode.Tests.Png;

public class Crc32Tests
{
    [Theory]
    [InlineData("", 0x00000000u)]
    [InlineData("a", 0xE8B7BE43u)]
    [InlineData("123456789", 0xCBF43926u)]
    [InlineData("The quick brown fox jumps over the lazy dog", 0x414FA339u)]
    [InlineData("IEND", 0xAE426082u)] // the CRC every PNG ends with
    public void Known_vectors(string text, uint expected)
    {
        Assert.Equal(expected, Crc32.Compute(Encoding.ASCII.GetBytes(text)));
    }

    [Fact]
    public void Matches_the_bitwise_definition_for_every_length_and_alignment()
    {
        var rng = new SplitMix64(7);
        var data = new byte[300];
        rng.Fill(data);
        for (int start = 0; start < 9; start++)
        {
            for (int len = 0; len <= data.Length - start; len += 1 + (len / 16))
            {
                var slice = data.AsSpan(start, len);
                Assert.Equal(TestPng.BitwiseCrc(slice), Crc32.Compute(slice));
            }
        }
    }

    [Fact]
    public void Append_continues_a_crc_across_splits()
    {
        var rng = new SplitMix64(11);
        var data = new byte[100];
        rng.Fill(data);
        uint whole = Crc32.Compute(data);
        for (int split = 0; split <= data.Length; split++)
        {
            Assert.Equal(whole, Crc32.Append(Crc32.Compute(data.AsSpan(0, split)), data.AsSpan(split)));
        }
    }

    [Fact]
    public void Folding_and_table_twins_agree_on_every_length_to_300_and_large_buffers()
    {
        var rng = new SplitMix64(13);
        var data = new byte[(1 << 20) + 77];
        rng.Fill(data);
        for (int len = 0; len <= 300; len++)
        {
            for (int start = 0; start < 3; start++)
            {
                var slice = data.AsSpan(start, len);
                uint expected = Crc32.AppendScalar(0x1234_5678u, slice);
                Assert.Equal(expected, Crc32.Append(0x1234_5678u, slice));
                Assert.Equal(~Crc32Folding.Update(~0x1234_5678u, slice), expected);
            }
        }

        foreach (int len in new[] { 4096, 65536 + 12, (1 << 20) + 77 })
        {
            var slice = data.AsSpan(0, len);
            Assert.Equal(TestPng.BitwiseCrc(slice), Crc32.Compute(slice));
            Assert.Equal(Crc32.AppendScalar(0, slice), ~Crc32Folding.Update(~0u, slice));
        }
    }
}
