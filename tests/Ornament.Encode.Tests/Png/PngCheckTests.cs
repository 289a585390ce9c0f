using System.IO;
using Ornament.Testing;

namespace Ornament.Encode.Tests.Png;

/// <summary>Every kind of PNG the writer makes passes pngcheck, an independent validator of chunks and CRCs.</summary>
public sealed class PngCheckTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ornament-pngcheck-").FullName;

    [Fact]
    public void Written_pngs_pass_pngcheck()
    {
        var files = new List<string>();
        void Write(string name, Ornament.Paint.Pixmap pm, PngEncodeOptions options)
        {
            var path = Path.Combine(_dir, name + ".png");
            File.WriteAllBytes(path, PngEncoder.Encode(pm, options));
            files.Add(path);
        }

        foreach (var filter in Enum.GetValues<PngFilter>())
        {
            Write($"rgba-{filter}", TestImages.Random(33, 21, 1, opaque: false), new PngEncodeOptions { Filter = filter });
            Write($"rgb-{filter}", TestImages.Random(33, 21, 2, opaque: true), new PngEncodeOptions { Filter = filter });
        }

        Write("one-pixel", TestImages.Random(1, 1, 3, opaque: false), PngEncodeOptions.Default);
        Write("multi-idat", TestImages.Random(300, 260, 4, opaque: false), new PngEncodeOptions { CompressionLevel = 1 });
        Write("level0", TestImages.Random(40, 40, 5, opaque: true), new PngEncodeOptions { CompressionLevel = 0 });
        Write("metadata", TestImages.Random(20, 10, 6, opaque: true), new PngEncodeOptions
        {
            Dpi = 300,
            TextChunks = [new("ornament:recipe", "{\"seed\":7}"), new("Title", "Қошқар мүйіз")],
        });

        var result = ExternalTool.Run("pngcheck", "pngcheck", ["-v", .. files]);
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.DoesNotContain("ERROR", result.Output, StringComparison.Ordinal);
        Assert.Contains("iTXt", result.Output, StringComparison.Ordinal);
        Assert.Contains("11811 pixels/meter", result.Output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
