using Ornament.Geometry;
using Ornament.Paint;
using Ornament.Raster;

namespace Ornament.Encode.Svg;

/// <summary>A fill or stroke value before paint servers are resolved.</summary>
internal abstract record PaintSpec
{
    public static PaintSpec None { get; } = new NoPaint();

    public static PaintSpec CurrentColor { get; } = new CurrentColorPaint();

    /// <summary>Parses "none", "currentColor", a colour, or "url(#id) [fallback]".</summary>
    public static PaintSpec Parse(string value)
    {
        string v = value.Trim();
        if (v.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return None;
        }

        if (v.Equals("currentColor", StringComparison.OrdinalIgnoreCase))
        {
            return CurrentColor;
        }

        if (v.StartsWith("url(", StringComparison.OrdinalIgnoreCase))
        {
            int close = v.IndexOf(')', StringComparison.Ordinal);
            if (close < 0)
            {
                throw new FormatException($"bad paint '{v}'");
            }

            string id = v[4..close].Trim().Trim('\'', '"').Trim();
            if (id.StartsWith('#'))
            {
                id = id[1..];
            }

            string rest = v[(close + 1)..].Trim();
            return new UrlPaint(id, rest.Length == 0 ? null : Parse(rest));
        }

        if (SvgColors.TryParse(v, out var c))
        {
            return new ColorPaint(c);
        }

        throw new FormatException($"bad colour '{v}'");
    }
}

internal sealed record NoPaint : PaintSpec;

internal sealed record CurrentColorPaint : PaintSpec;

internal sealed record ColorPaint(Rgba8 Color) : PaintSpec;

internal sealed record UrlPaint(string Id, PaintSpec? Fallback) : PaintSpec;

/// <summary>The inherited presentation properties in force at one element.</summary>
internal sealed record SvgStyle
{
    public static SvgStyle Initial { get; } = new();

    public PaintSpec Fill { get; init; } = new ColorPaint(Rgba8.Black);

    public double FillOpacity { get; init; } = 1;

    public FillRule FillRule { get; init; } = FillRule.NonZero;

    public PaintSpec Stroke { get; init; } = PaintSpec.None;

    public double StrokeOpacity { get; init; } = 1;

    public double StrokeWidth { get; init; } = 1;

    public LineJoin Join { get; init; } = LineJoin.Miter;

    public LineCap Cap { get; init; } = LineCap.Butt;

    public double MiterLimit { get; init; } = 4;

    public IReadOnlyList<double>? Dashes { get; init; }

    public double DashOffset { get; init; }

    public Rgba8 Color { get; init; } = Rgba8.Black;
}

/// <summary>The properties that do not inherit, for one element.</summary>
internal struct LocalStyle
{
    public double Opacity;
    public BlendMode Blend;
    public bool DisplayNone;
}
