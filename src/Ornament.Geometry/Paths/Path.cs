using System.Collections.Immutable;

namespace Ornament.Geometry;

/// <summary>An immutable vector path: verbs and their points (MoveTo/LineTo take 1 point, QuadTo 2, CubicTo 3,
/// Close 0). Elliptical arcs are converted to cubics by <see cref="PathBuilder"/>. Build one with
/// <see cref="PathBuilder"/> or the helpers in <see cref="Shapes"/>.</summary>
/// <remarks>Paths are shared freely between threads and scenes; a generator that places one motif many times
/// keeps one <see cref="Path"/> instance, which the SVG writer then emits once and references with &lt;use&gt;.</remarks>
public sealed class Path
{
    private readonly PathVerb[] _verbs;
    private readonly Vec2[] _points;
    private Rect? _bounds;

    internal Path(PathVerb[] verbs, Vec2[] points)
    {
        _verbs = verbs;
        _points = points;
    }

    /// <summary>The empty path.</summary>
    public static Path Empty { get; } = new([], []);

    /// <summary>The verbs in order.</summary>
    public ReadOnlySpan<PathVerb> Verbs => _verbs;

    /// <summary>The points consumed by the verbs, in order.</summary>
    public ReadOnlySpan<Vec2> Points => _points;

    /// <summary>True when the path has no drawing verbs.</summary>
    public bool IsEmpty => _points.Length == 0;

    /// <summary>The bounding box of every point, control points included (a cheap, conservative box).</summary>
    public Rect ControlBounds
    {
        get
        {
            if (_bounds is { } b)
            {
                return b;
            }

            var r = Rect.Empty;
            foreach (var p in _points)
            {
                r = r.Union(p);
            }

            _bounds = r;
            return r;
        }
    }

    /// <summary>True when every point is finite.</summary>
    public bool IsFinite
    {
        get
        {
            foreach (var p in _points)
            {
                if (!p.IsFinite)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Returns the path with every point mapped through <paramref name="transform"/>.</summary>
    public Path Transform(Affine transform)
    {
        if (transform.IsIdentity)
        {
            return this;
        }

        var pts = new Vec2[_points.Length];
        for (int i = 0; i < pts.Length; i++)
        {
            pts[i] = transform.Apply(_points[i]);
        }

        return new Path(_verbs, pts);
    }

    /// <summary>Number of points a verb consumes.</summary>
    public static int PointCount(PathVerb verb) => verb switch
    {
        PathVerb.MoveTo or PathVerb.LineTo => 1,
        PathVerb.QuadTo => 2,
        PathVerb.CubicTo => 3,
        _ => 0,
    };

    /// <summary>Each contour (a MoveTo and the verbs up to the next MoveTo) as a path of its own, in order.</summary>
    public IReadOnlyList<Path> Contours()
    {
        var list = new List<Path>();
        int v = 0, p = 0;
        while (v < _verbs.Length)
        {
            int firstVerb = v, firstPoint = p;
            do
            {
                p += PointCount(_verbs[v]);
                v++;
            }
            while (v < _verbs.Length && _verbs[v] != PathVerb.MoveTo);
            list.Add(new Path(_verbs[firstVerb..v], _points[firstPoint..p]));
        }

        return list;
    }

    /// <summary>Concatenates several paths into one (their contours stay separate).</summary>
    public static Path Combine(IEnumerable<Path> paths)
    {
        var verbs = ImmutableArray.CreateBuilder<PathVerb>();
        var pts = ImmutableArray.CreateBuilder<Vec2>();
        foreach (var p in paths)
        {
            verbs.AddRange(p._verbs);
            pts.AddRange(p._points);
        }

        return new Path(verbs.ToArray(), pts.ToArray());
    }
}
