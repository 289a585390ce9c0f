namespace Ornament.Geometry;

/// <summary>Builds a <see cref="Path"/> verb by verb. A drawing verb without a preceding MoveTo starts at the last
/// point (or the origin), as in SVG.</summary>
public sealed class PathBuilder
{
    private readonly List<PathVerb> _verbs = [];
    private readonly List<Vec2> _points = [];
    private Vec2 _start;
    private Vec2 _current;
    private bool _open;

    /// <summary>The current point (end of the last verb).</summary>
    public Vec2 Current => _current;

    /// <summary>The start point of the current contour.</summary>
    public Vec2 ContourStart => _start;

    /// <summary>True when nothing has been added.</summary>
    public bool IsEmpty => _verbs.Count == 0;

    /// <summary>Starts a new contour.</summary>
    public PathBuilder MoveTo(Vec2 p)
    {
        // Consecutive MoveTos collapse: only the last one starts a contour.
        if (_verbs.Count > 0 && _verbs[^1] == PathVerb.MoveTo)
        {
            _points[^1] = p;
        }
        else
        {
            _verbs.Add(PathVerb.MoveTo);
            _points.Add(p);
        }

        _start = _current = p;
        _open = true;
        return this;
    }

    /// <summary>Starts a new contour.</summary>
    public PathBuilder MoveTo(double x, double y) => MoveTo(new Vec2(x, y));

    /// <summary>A straight line to <paramref name="p"/>.</summary>
    public PathBuilder LineTo(Vec2 p)
    {
        EnsureOpen();
        _verbs.Add(PathVerb.LineTo);
        _points.Add(p);
        _current = p;
        return this;
    }

    /// <summary>A straight line.</summary>
    public PathBuilder LineTo(double x, double y) => LineTo(new Vec2(x, y));

    /// <summary>A quadratic Bézier.</summary>
    public PathBuilder QuadTo(Vec2 control, Vec2 end)
    {
        EnsureOpen();
        _verbs.Add(PathVerb.QuadTo);
        _points.Add(control);
        _points.Add(end);
        _current = end;
        return this;
    }

    /// <summary>A quadratic Bézier.</summary>
    public PathBuilder QuadTo(double cx, double cy, double x, double y) => QuadTo(new Vec2(cx, cy), new Vec2(x, y));

    /// <summary>A cubic Bézier.</summary>
    public PathBuilder CubicTo(Vec2 c1, Vec2 c2, Vec2 end)
    {
        EnsureOpen();
        _verbs.Add(PathVerb.CubicTo);
        _points.Add(c1);
        _points.Add(c2);
        _points.Add(end);
        _current = end;
        return this;
    }

    /// <summary>A cubic Bézier.</summary>
    public PathBuilder CubicTo(double c1x, double c1y, double c2x, double c2y, double x, double y) =>
        CubicTo(new Vec2(c1x, c1y), new Vec2(c2x, c2y), new Vec2(x, y));

    /// <summary>An SVG elliptical arc from the current point to <paramref name="end"/>, converted to cubic Béziers
    /// (at most 90° each, error far below 0.1 px for any practical radius). Out-of-range radii are scaled up as the
    /// SVG specification says; a zero radius gives a straight line.</summary>
    /// <param name="rx">X radius.</param>
    /// <param name="ry">Y radius.</param>
    /// <param name="xAxisRotationDegrees">Rotation of the ellipse's x axis, in degrees.</param>
    /// <param name="largeArc">SVG large-arc flag.</param>
    /// <param name="sweep">SVG sweep flag (true = positive-angle direction).</param>
    /// <param name="end">End point.</param>
    public PathBuilder ArcTo(double rx, double ry, double xAxisRotationDegrees, bool largeArc, bool sweep, Vec2 end)
    {
        EnsureOpen();
        foreach (var (c1, c2, p) in ArcConversion.ToCubics(_current, rx, ry, xAxisRotationDegrees, largeArc, sweep, end))
        {
            CubicTo(c1, c2, p);
        }

        if (_current != end)
        {
            LineTo(end);
        }

        return this;
    }

    /// <summary>Closes the current contour.</summary>
    public PathBuilder Close()
    {
        if (_open && _verbs.Count > 0 && _verbs[^1] != PathVerb.MoveTo && _verbs[^1] != PathVerb.Close)
        {
            _verbs.Add(PathVerb.Close);
        }

        _current = _start;
        _open = false;
        return this;
    }

    /// <summary>Appends every contour of <paramref name="path"/>.</summary>
    public PathBuilder Append(Path path)
    {
        var pts = path.Points;
        int pi = 0;
        foreach (var v in path.Verbs)
        {
            switch (v)
            {
                case PathVerb.MoveTo: MoveTo(pts[pi++]); break;
                case PathVerb.LineTo: LineTo(pts[pi++]); break;
                case PathVerb.QuadTo: QuadTo(pts[pi], pts[pi + 1]); pi += 2; break;
                case PathVerb.CubicTo: CubicTo(pts[pi], pts[pi + 1], pts[pi + 2]); pi += 3; break;
                default: Close(); break;
            }
        }

        return this;
    }

    /// <summary>Returns the finished path. A trailing lone MoveTo is dropped. The builder can be reused after
    /// <see cref="Clear"/>.</summary>
    public Path Build()
    {
        int nv = _verbs.Count, np = _points.Count;
        if (nv > 0 && _verbs[^1] == PathVerb.MoveTo)
        {
            nv--;
            np--;
        }

        if (nv == 0)
        {
            return Path.Empty;
        }

        return new Path(_verbs.GetRange(0, nv).ToArray(), _points.GetRange(0, np).ToArray());
    }

    /// <summary>Forgets everything added so far.</summary>
    public PathBuilder Clear()
    {
        _verbs.Clear();
        _points.Clear();
        _start = _current = default;
        _open = false;
        return this;
    }

    private void EnsureOpen()
    {
        if (!_open)
        {
            MoveTo(_current);
        }
    }
}
