using System.IO;
using System.Text;
using Ornament.Encode.Svg;
using Ornament.Geometry;
using Ornament.Paint;
using Ornament.Raster;

namespace Ornament.Encode;

/// <summary>Writes a <see cref="Scene"/> as SVG 1.1/2 text that renders like <see cref="SceneRenderer"/>:
/// invariant-culture compact numbers, gradients and repeated paths in &lt;defs&gt; (a path instance drawn twice or
/// more is written once and placed with &lt;use&gt;), the metadata in &lt;metadata&gt;. Same scene → same bytes.</summary>
public static class SvgWriter
{
    /// <summary>The SVG text of <paramref name="scene"/>.</summary>
    /// <exception cref="ArgumentException">The scene holds non-finite numbers, or metadata with characters XML
    /// cannot carry (control characters other than tab, CR and LF).</exception>
    public static string Write(Scene scene, SvgWriteOptions? options = null)
    {
        using var sw = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(scene, sw, options);
        return sw.ToString();
    }

    /// <summary>Writes the SVG text of <paramref name="scene"/> as UTF-8 (no byte-order mark).</summary>
    /// <exception cref="ArgumentException">See <see cref="Write(Scene, SvgWriteOptions?)"/>.</exception>
    public static void Write(Scene scene, Stream stream, SvgWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        Write(scene, w, options);
    }

    /// <summary>Writes the SVG text of <paramref name="scene"/>.</summary>
    /// <exception cref="ArgumentException">See <see cref="Write(Scene, SvgWriteOptions?)"/>.</exception>
    public static void Write(Scene scene, TextWriter writer, SvgWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(writer);
        new SvgSceneWriter(scene, options ?? SvgWriteOptions.Default, writer).Write();
    }
}
