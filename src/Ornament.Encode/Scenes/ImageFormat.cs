namespace Ornament.Encode;

/// <summary>The file formats a <see cref="Paint.Scene"/> can be written as.</summary>
public enum ImageFormat
{
    /// <summary>PNG: the scene rasterized; RGB8 when opaque, else RGBA8 with straight alpha.</summary>
    Png,

    /// <summary>SVG: the scene as vector paths, the same picture the PNG shows.</summary>
    Svg,
}
