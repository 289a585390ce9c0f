using System.IO;
using Ornament.Encode;
using Ornament.Paint;

namespace Ornament.Testing;

/// <summary>Saves a pixmap for eyeballing (tests write what they render to look at it); the real encoder underneath.</summary>
public static class DebugPng
{
    /// <summary>Writes <paramref name="pixmap"/> as a PNG file.</summary>
    public static void Save(Pixmap pixmap, string file)
    {
        var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(file));
        if (dir is not null)
        {
            Directory.CreateDirectory(dir);
        }

        using var fs = File.Create(file);
        PngEncoder.Encode(pixmap, fs);
    }
}
