using System.IO;
using Ornament.Encode.Svg;
using Ornament.Paint;

namespace Ornament.Encode;

/// <summary>An SVG read back: the scene (user space = the viewBox) and the size in pixels the document asks for.</summary>
/// <param name="Scene">The display list.</param>
/// <param name="Width">Requested width in pixels (the root's width, or the viewBox width).</param>
/// <param name="Height">Requested height in pixels (the root's height, or the viewBox height).</param>
public sealed record SvgDocument(Scene Scene, double Width, double Height);

/// <summary>Reads the SVG subset that Ornament writes and that common vector tools produce: paths (every command),
/// basic shapes, groups with transforms and opacity, solid and gradient fills and strokes, the <c>style</c>
/// attribute, <c>&lt;use&gt;</c>, <c>&lt;metadata&gt;</c>. Unknown elements are ignored; malformed XML, numbers,
/// path data and transforms raise <see cref="SvgFormatException"/> with line and column. DTDs are refused and
/// nothing external is ever loaded.</summary>
/// <remarks>Limits, each refused with <see cref="SvgFormatException"/> rather than a stack overflow, a hang or an
/// out-of-memory: elements nested at most 256 deep (read without recursion), at most 2,000,000 elements drawn once
/// every <c>&lt;use&gt;</c> is expanded (a "billion laughs" of nested references), at most 1,000,000 segments in
/// one path, at most 2^30 characters, and
/// no number that overflows a double. Coordinates as large as 1e30 are accepted; the renderer clips them.</remarks>
public static class SvgReader
{
    /// <summary>Reads an SVG document from text.</summary>
    /// <exception cref="SvgFormatException">The document is malformed or exceeds a limit.</exception>
    public static Scene Read(string svg)
    {
        ArgumentNullException.ThrowIfNull(svg);
        using var r = new StringReader(svg);
        return ReadDocument(r).Scene;
    }

    /// <summary>Reads an SVG document from a stream (UTF-8, or the encoding its byte-order mark names).</summary>
    /// <exception cref="SvgFormatException">The document is malformed or exceeds a limit.</exception>
    public static Scene Read(Stream stream) => ReadDocument(stream).Scene;

    /// <summary>Reads an SVG document from a stream, with its requested pixel size.</summary>
    /// <exception cref="SvgFormatException">The document is malformed or exceeds a limit.</exception>
    public static SvgDocument ReadDocument(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var r = new StreamReader(stream, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return ReadDocument(r);
    }

    /// <summary>Reads an SVG document from text, with its requested pixel size.</summary>
    /// <exception cref="SvgFormatException">The document is malformed or exceeds a limit.</exception>
    public static SvgDocument ReadDocument(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var root = SvgTreeReader.Read(reader);
        return new SvgSceneReader(root).Read();
    }
}
