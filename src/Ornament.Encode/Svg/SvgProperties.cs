using Ornament.Geometry;
using Ornament.Paint;
using Ornament.Raster;

namespace Ornament.Encode.Svg;

/// <summary>Applies presentation attributes and <c>style</c> declarations to the inherited style.</summary>
internal static class SvgProperties
{
    /// <summary>The style of <paramref name="node"/>: its parent's, then its presentation attributes, then its
    /// <c>style</c> attribute (which wins, as in CSS).</summary>
    public static (SvgStyle Style, LocalStyle Local) Compute(SvgNode node, SvgStyle parent)
    {
        var s = parent;
        var local = new LocalStyle { Opacity = 1, Blend = BlendMode.SourceOver };
        SvgAttribute? styleAttr = null;
        foreach (var a in node.Attributes)
        {
            if (a.Name == "style")
            {
                styleAttr = a;
            }
            else
            {
                s = Apply(s, ref local, a.Name, a.Value, a);
            }
        }

        if (styleAttr is { } st)
        {
            foreach (var (name, value) in Declarations(st.Value))
            {
                s = Apply(s, ref local, name, value, st);
            }
        }

        return (s, local);
    }

    /// <summary>Splits a CSS declaration block ("a: b; c: d").</summary>
    public static IEnumerable<(string Name, string Value)> Declarations(string style)
    {
        foreach (var part in style.Split(';'))
        {
            int colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            string value = part[(colon + 1)..].Trim();
            int imp = value.IndexOf("!important", StringComparison.OrdinalIgnoreCase);
            if (imp >= 0)
            {
                value = value[..imp].Trim();
            }

            yield return (part[..colon].Trim().ToLowerInvariant(), value);
        }
    }

    private static SvgStyle Apply(SvgStyle s, ref LocalStyle local, string name, string raw, SvgAttribute at)
    {
        string v = raw.Trim();
        if (v.Equals("inherit", StringComparison.OrdinalIgnoreCase))
        {
            return s; // inherited properties already hold the parent's value
        }

        try
        {
            switch (name)
            {
                case "fill": return s with { Fill = PaintSpec.Parse(v) };
                case "stroke": return s with { Stroke = PaintSpec.Parse(v) };
                case "color": return SvgColors.TryParse(v, out var c) ? s with { Color = c } : s;
                case "fill-opacity": return s with { FillOpacity = Opacity(v) };
                case "stroke-opacity": return s with { StrokeOpacity = Opacity(v) };
                case "opacity": local.Opacity = Opacity(v); return s;
                case "fill-rule": return s with { FillRule = v == "evenodd" ? FillRule.EvenOdd : FillRule.NonZero };
                case "stroke-width": return s with { StrokeWidth = NonNegative(PlainLength(v)) };
                case "stroke-miterlimit": return s with { MiterLimit = Math.Max(1, SvgNumbers.Parse(v)) };
                case "stroke-dashoffset": return s with { DashOffset = PlainLength(v) };
                case "stroke-linejoin":
                    return s with { Join = v switch { "round" => LineJoin.Round, "bevel" => LineJoin.Bevel, _ => LineJoin.Miter } };
                case "stroke-linecap":
                    return s with { Cap = v switch { "round" => LineCap.Round, "square" => LineCap.Square, _ => LineCap.Butt } };
                case "stroke-dasharray": return s with { Dashes = Dashes(v) };
                case "mix-blend-mode":
                    local.Blend = v switch { "multiply" => BlendMode.Multiply, "screen" => BlendMode.Screen, _ => BlendMode.SourceOver };
                    return s;
                case "display":
                    local.DisplayNone |= v == "none";
                    return s;
                default:
                    return s;
            }
        }
        catch (FormatException e)
        {
            throw new SvgFormatException(at.Line, at.Column, $"{name}: {e.Message}", e);
        }
    }

    /// <summary>A number or percentage, clamped to 0…1.</summary>
    public static double Opacity(string v)
    {
        v = v.Trim();
        double x = v.EndsWith('%') ? SvgNumbers.Parse(v[..^1]) / 100 : SvgNumbers.Parse(v);
        return Math.Clamp(x, 0, 1);
    }

    private static double NonNegative(double v) => Math.Max(0, v);

    /// <summary>A length in user units where percentages cannot be resolved (treated as plain numbers of px).</summary>
    private static double PlainLength(string v) => SvgLengths.Parse(v, 0);

    private static double[]? Dashes(string v)
    {
        if (v == "none")
        {
            return null;
        }

        var list = new List<double>();
        foreach (var part in v.Split([',', ' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            double d = SvgLengths.Parse(part, 0);
            if (d < 0)
            {
                return null; // a negative dash makes the whole list invalid: a solid line
            }

            list.Add(d);
        }

        if (list.Count == 0 || list.TrueForAll(d => d == 0))
        {
            return null;
        }

        if (list.Count % 2 == 1)
        {
            list.AddRange(list.ToArray());
        }

        return [.. list];
    }
}

/// <summary>SVG lengths: a number with an optional unit (px, pt, pc, mm, cm, in, em, ex) or a percentage.</summary>
internal static class SvgLengths
{
    /// <summary>Parses a length; percentages are taken of <paramref name="percentBase"/>.</summary>
    public static double Parse(string text, double percentBase)
    {
        var s = text.AsSpan().Trim();
        int pos = 0;
        if (!SvgNumbers.TryScan(s, ref pos, out double v))
        {
            throw new FormatException($"'{text.Trim()}' is not a length");
        }

        var unit = s[pos..].Trim();
        double k = unit switch
        {
            "" or "px" => 1,
            "%" => percentBase / 100,
            "pt" => 96.0 / 72,
            "pc" => 16,
            "mm" => 96 / 25.4,
            "cm" => 96 / 2.54,
            "in" => 96,
            "em" => 16,
            "ex" => 8,
            _ => double.NaN,
        };
        if (double.IsNaN(k))
        {
            throw new FormatException($"'{text.Trim()}' is not a length");
        }

        return v * k;
    }

    public static bool IsPercent(string text) => text.Trim().EndsWith('%');
}
