using Ornament.Geometry;
using Ornament.Paint;

namespace Ornament.Encode.Svg;

/// <summary>linearGradient / radialGradient → paints: href inheritance of attributes and stops, both unit
/// systems (objectBoundingBox folded into the gradient transform), percentages.</summary>
internal sealed partial class SvgSceneReader
{
    private readonly Dictionary<SvgNode, Paint.Paint?> _userSpaceGradients = new(ReferenceEqualityComparer.Instance);

    private Paint.Paint? Gradient(SvgNode server, Func<Rect> bounds)
    {
        var chain = new List<SvgNode> { server };
        for (var n = server; n.Get("href") is { } h && h.StartsWith('#') && _ids.TryGetValue(h[1..], out var next)
             && next.Name is "linearGradient" or "radialGradient";)
        {
            if (chain.Contains(next) || chain.Count >= 32)
            {
                throw Fail(n.Find("href")!.Value, "gradient href cycle");
            }

            chain.Add(next);
            n = next;
        }

        SvgAttribute? Attr(string name)
        {
            foreach (var n in chain)
            {
                if (n.Find(name) is { } a)
                {
                    return a;
                }
            }

            return null;
        }

        bool userSpace = Attr("gradientUnits")?.Value.Trim() == "userSpaceOnUse";
        if (userSpace && _userSpaceGradients.TryGetValue(server, out var cached))
        {
            return cached; // one Paint instance per gradient element, so a writer can share it again
        }

        var stops = Stops(chain);
        Paint.Paint? paint;
        if (stops.Count == 0)
        {
            paint = null;
        }
        else if (stops.Count == 1)
        {
            paint = new SolidPaint(stops[0].Color);
        }
        else
        {
            paint = Build(server.Name == "linearGradient", userSpace, stops, Attr, bounds);
        }

        if (userSpace)
        {
            _userSpaceGradients[server] = paint;
        }

        return paint;
    }

    private Paint.Paint? Build(bool linear, bool userSpace, List<GradientStop> stops, Func<string, SvgAttribute?> attr, Func<Rect> bounds)
    {
        Affine? gt = null;
        if (attr("gradientTransform") is { } ta)
        {
            try
            {
                gt = TransformList.Parse(ta.Value);
            }
            catch (FormatException e)
            {
                throw Fail(ta, e.Message, e);
            }
        }

        if (!userSpace)
        {
            var b = bounds();
            if (!(b.Width > 0 && b.Height > 0))
            {
                return null; // SVG: a bounding-box gradient on a zero-area box is not rendered
            }

            var box = new Affine(b.Width, 0, 0, b.Height, b.Left, b.Top);
            gt = gt is { } g ? box * g : box;
        }

        double Coord(string name, string fallback, Axis axis)
        {
            var a = attr(name);
            string text = a?.Value ?? fallback;
            try
            {
                if (userSpace)
                {
                    return SvgLengths.Parse(text, PercentBase(axis));
                }

                text = text.Trim();
                return text.EndsWith('%') ? SvgNumbers.Parse(text[..^1]) / 100 : SvgNumbers.Parse(text);
            }
            catch (FormatException e) when (a is { } at)
            {
                throw Fail(at, $"{name}: {e.Message}", e);
            }
        }

        if (linear)
        {
            var p1 = new Vec2(Coord("x1", "0%", Axis.X), Coord("y1", "0%", Axis.Y));
            var p2 = new Vec2(Coord("x2", "100%", Axis.X), Coord("y2", "0%", Axis.Y));
            return new LinearGradient(p1, p2, stops, gt);
        }

        var c = new Vec2(Coord("cx", "50%", Axis.X), Coord("cy", "50%", Axis.Y));
        double r = Coord("r", "50%", Axis.Other);
        var f = new Vec2(attr("fx") is null ? c.X : Coord("fx", "50%", Axis.X), attr("fy") is null ? c.Y : Coord("fy", "50%", Axis.Y));
        if (!(r > 0))
        {
            return new SolidPaint(stops[^1].Color); // SVG: a zero radius paints the last stop colour
        }

        return new RadialGradient(c, r, stops, f == c ? null : f, gt);
    }

    private static List<GradientStop> Stops(List<SvgNode> chain)
    {
        var stops = new List<GradientStop>();
        foreach (var n in chain)
        {
            foreach (var s in n.Children)
            {
                if (s.IsSvg && s.Name == "stop")
                {
                    stops.Add(Stop(s, stops.Count > 0 ? stops[^1].Offset : 0));
                }
            }

            if (stops.Count > 0)
            {
                break; // the first gradient in the chain that has stops provides all of them
            }
        }

        return stops;
    }

    private static GradientStop Stop(SvgNode s, double previous)
    {
        double offset = 0;
        if (s.Find("offset") is { } oa)
        {
            try
            {
                offset = SvgProperties.Opacity(oa.Value); // same syntax: number or percentage, clamped to 0…1
            }
            catch (FormatException e)
            {
                throw Fail(oa, "offset: " + e.Message, e);
            }
        }

        string? color = s.Get("stop-color"), opacity = s.Get("stop-opacity");
        SvgAttribute where = s.Find("stop-color") ?? s.Find("style") ?? new SvgAttribute("stop", "", s.Line, s.Column);
        if (s.Find("style") is { } st)
        {
            foreach (var (name, value) in SvgProperties.Declarations(st.Value))
            {
                if (name == "stop-color")
                {
                    color = value;
                }
                else if (name == "stop-opacity")
                {
                    opacity = value;
                }
            }
        }

        var c = Rgba8.Black;
        if (color is not null && !SvgColors.TryParse(color, out c))
        {
            throw Fail(where, $"bad stop-color '{color}'");
        }

        if (opacity is not null)
        {
            try
            {
                c = WithOpacity(c, SvgProperties.Opacity(opacity));
            }
            catch (FormatException e)
            {
                throw Fail(where, "stop-opacity: " + e.Message, e);
            }
        }

        return new GradientStop(Math.Max(previous, offset), c);
    }
}
