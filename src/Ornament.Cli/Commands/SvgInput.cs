using System.IO;
using Ornament.Encode;

namespace Ornament.Cli.Commands;

/// <summary>Reads an SVG file for `raster` and `bench`, turning every failure into one CLI line.</summary>
internal static class SvgInput
{
    public static SvgDocument Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException(Directory.Exists(path) ? $"input '{path}' is a folder, not an SVG file" : $"input '{path}' does not exist");
        }

        try
        {
            using var fs = File.OpenRead(path);
            return SvgReader.ReadDocument(fs);
        }
        catch (SvgFormatException ex)
        {
            throw new CliException($"{path}: {AtomicFile.OneLine(ex.Message)}");
        }
    }

    public static (int Width, int Height) PixelSize(SvgDocument doc, string path)
    {
        int w = (int)Math.Round(doc.Width), h = (int)Math.Round(doc.Height);
        if (w <= 0 || h <= 0 || w > Paint.Pixmap.MaxDimension || h > Paint.Pixmap.MaxDimension)
        {
            throw new CliException($"{path}: size {doc.Width}×{doc.Height} is not a drawable pixel size");
        }

        return (w, h);
    }

    public static int CountDrawItems(IReadOnlyList<Paint.SceneItem> items)
    {
        int n = 0;
        foreach (var i in items)
        {
            n += i is Paint.GroupItem g ? CountDrawItems(g.Items) : 1;
        }

        return n;
    }
}
