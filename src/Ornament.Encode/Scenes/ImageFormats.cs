namespace Ornament.Encode;

/// <summary>Maps file names to <see cref="ImageFormat"/> by extension (<c>.png</c>, <c>.svg</c>, any case).</summary>
public static class ImageFormats
{
    /// <summary>The format a file name asks for, or null when its extension is neither <c>.png</c> nor <c>.svg</c>.</summary>
    /// <param name="path">A file name or path.</param>
    public static ImageFormat? TryFromPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
        {
            return ImageFormat.Png;
        }

        return path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) ? ImageFormat.Svg : null;
    }

    /// <summary>The format a file name asks for.</summary>
    /// <param name="path">A file name or path ending in <c>.png</c> or <c>.svg</c>.</param>
    /// <exception cref="ArgumentException">The extension is neither.</exception>
    public static ImageFormat FromPath(string path) =>
        TryFromPath(path) ?? throw new ArgumentException($"Output '{path}' must end in .png or .svg.", nameof(path));
}
