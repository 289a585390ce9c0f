namespace Ornament.Geometry;

/// <summary>The output of flattening: polylines in device space, one per contour. For filling, every contour is
/// implicitly closed; <see cref="IsClosed(int)"/> records whether the source contour was closed (the stroker needs
/// it). Holds its arrays so a renderer can reuse one instance through <see cref="Clear"/>.</summary>
public sealed class FlattenedPath
{
    private Vec2[] _points = new Vec2[16];
    private int[] _contourEnds = new int[4];
    private bool[] _closed = new bool[4];

    /// <summary>Number of points over all contours.</summary>
    public int PointCount { get; private set; }

    /// <summary>Number of contours.</summary>
    public int ContourCount { get; private set; }

    /// <summary>All points, contour after contour.</summary>
    public ReadOnlySpan<Vec2> Points => _points.AsSpan(0, PointCount);

    /// <summary>Exclusive end index into <see cref="Points"/> of each contour.</summary>
    public ReadOnlySpan<int> ContourEnds => _contourEnds.AsSpan(0, ContourCount);

    /// <summary>The points of contour <paramref name="i"/>.</summary>
    public ReadOnlySpan<Vec2> Contour(int i)
    {
        int start = i == 0 ? 0 : _contourEnds[i - 1];
        return _points.AsSpan(start, _contourEnds[i] - start);
    }

    /// <summary>True when contour <paramref name="i"/> was explicitly closed in the source path.</summary>
    public bool IsClosed(int i) => _closed[i];

    /// <summary>Bounding box of all points.</summary>
    public Rect Bounds
    {
        get
        {
            var r = Rect.Empty;
            foreach (var p in Points)
            {
                r = r.Union(p);
            }

            return r;
        }
    }

    /// <summary>Removes everything, keeping the storage.</summary>
    public void Clear()
    {
        PointCount = 0;
        ContourCount = 0;
    }

    /// <summary>Appends a point to the contour being built.</summary>
    public void Add(Vec2 p)
    {
        if (PointCount == _points.Length)
        {
            Array.Resize(ref _points, _points.Length * 2);
        }

        _points[PointCount++] = p;
    }

    /// <summary>Ends the contour being built. Contours with fewer than two points are dropped.</summary>
    public void EndContour(bool closed)
    {
        int start = ContourCount == 0 ? 0 : _contourEnds[ContourCount - 1];
        if (PointCount - start < 2)
        {
            PointCount = start;
            return;
        }

        if (ContourCount == _contourEnds.Length)
        {
            Array.Resize(ref _contourEnds, _contourEnds.Length * 2);
            Array.Resize(ref _closed, _closed.Length * 2);
        }

        _contourEnds[ContourCount] = PointCount;
        _closed[ContourCount] = closed;
        ContourCount++;
    }
}
