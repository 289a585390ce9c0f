using Ornament.Geometry;

namespace Ornament.Encode.Svg;

/// <summary>Basic shapes → paths, drawn the way SVG 2 §10 says (start points and directions matter for
/// dashes).</summary>
internal sealed partial class SvgSceneReader
{
    private Path? ShapePath(SvgNode n)
    {
        switch (n.Name)
        {
            case "path":
            {
                if (n.Find("d") is not { } d)
                {
                    return null;
                }

                try
                {
                    return PathData.Parse(d.Value);
                }
                catch (FormatException e)
                {
                    throw Fail(d, e.Message, e);
                }
            }

            case "rect":
                return Rect(n);
            case "circle":
            {
                double r = Len(n, "r", Axis.Other);
                return r > 0 ? Ellipse(Len(n, "cx", Axis.X), Len(n, "cy", Axis.Y), r, r) : null;
            }

            case "ellipse":
            {
                double rx = n.Get("rx") is null or "auto" ? -1 : Len(n, "rx", Axis.X);
                double ry = n.Get("ry") is null or "auto" ? -1 : Len(n, "ry", Axis.Y);
                rx = rx < 0 ? ry : rx;
                ry = ry < 0 ? rx : ry;
                return rx > 0 && ry > 0 ? Ellipse(Len(n, "cx", Axis.X), Len(n, "cy", Axis.Y), rx, ry) : null;
            }

            case "line":
                return new PathBuilder()
                    .MoveTo(Len(n, "x1", Axis.X), Len(n, "y1", Axis.Y))
                    .LineTo(Len(n, "x2", Axis.X), Len(n, "y2", Axis.Y))
                    .Build();
            case "polyline":
            case "polygon":
            {
                if (n.Find("points") is not { } pa)
                {
                    return null;
                }

                List<double> v;
                try
                {
                    v = SvgNumbers.ParseList(pa.Value);
                }
                catch (FormatException e)
                {
                    throw Fail(pa, "points: " + e.Message, e);
                }

                if (v.Count < 2)
                {
                    return null;
                }

                var b = new PathBuilder().MoveTo(v[0], v[1]);
                for (int i = 2; i + 1 < v.Count; i += 2)
                {
                    b.LineTo(v[i], v[i + 1]);
                }

                if (n.Name == "polygon")
                {
                    b.Close();
                }

                return b.Build();
            }

            default:
                return null;
        }
    }

    private Path? Rect(SvgNode n)
    {
        double x = Len(n, "x", Axis.X), y = Len(n, "y", Axis.Y);
        double w = Len(n, "width", Axis.X), h = Len(n, "height", Axis.Y);
        if (!(w > 0 && h > 0))
        {
            return null;
        }

        double rx = n.Get("rx") is null or "auto" ? -1 : Len(n, "rx", Axis.X);
        double ry = n.Get("ry") is null or "auto" ? -1 : Len(n, "ry", Axis.Y);
        rx = rx < 0 ? ry : rx;
        ry = ry < 0 ? rx : ry;
        rx = Math.Min(Math.Max(rx, 0), w / 2);
        ry = Math.Min(Math.Max(ry, 0), h / 2);
        var b = new PathBuilder();
        if (rx == 0 || ry == 0)
        {
            return b.MoveTo(x, y).LineTo(x + w, y).LineTo(x + w, y + h).LineTo(x, y + h).Close().Build();
        }

        b.MoveTo(x + rx, y).LineTo(x + w - rx, y)
         .ArcTo(rx, ry, 0, false, true, new Vec2(x + w, y + ry)).LineTo(x + w, y + h - ry)
         .ArcTo(rx, ry, 0, false, true, new Vec2(x + w - rx, y + h)).LineTo(x + rx, y + h)
         .ArcTo(rx, ry, 0, false, true, new Vec2(x, y + h - ry)).LineTo(x, y + ry)
         .ArcTo(rx, ry, 0, false, true, new Vec2(x + rx, y)).Close();
        return b.Build();
    }

    private static Path Ellipse(double cx, double cy, double rx, double ry) =>
        new PathBuilder().MoveTo(cx + rx, cy)
            .ArcTo(rx, ry, 0, false, true, new Vec2(cx, cy + ry))
            .ArcTo(rx, ry, 0, false, true, new Vec2(cx - rx, cy))
            .ArcTo(rx, ry, 0, false, true, new Vec2(cx, cy - ry))
            .ArcTo(rx, ry, 0, false, true, new Vec2(cx + rx, cy))
            .Close().Build();
}
