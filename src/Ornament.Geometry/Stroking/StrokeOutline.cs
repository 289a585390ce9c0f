namespace Ornament.Geometry;

/// <summary>Emits the offset outline of polylines into one path (see <see cref="Stroker"/> for why the pieces add
/// up under nonzero fill). Every piece is traversed with negative shoelace area: the +normal side forwards, the
/// −normal side backwards, and every arc turns in the negative direction.</summary>
internal sealed class StrokeOutline
{
    // Points closer than this fraction of the half width are merged: their direction would be noise.
    private const double MergeFraction = 1e-9;

    private readonly double _hw;
    private readonly LineJoin _join;
    private readonly LineCap _cap;
    private readonly double _miterMinSumSquared;
    private readonly RoundSteps _round;
    private readonly PathBuilder _out = new();
    private readonly List<Vec2> _q = [];
    private readonly List<Vec2> _d = [];
    private readonly List<Vec2> _qr = [];
    private readonly List<Vec2> _dr = [];

    public StrokeOutline(double halfWidth, LineJoin join, LineCap cap, double miterLimit, double tolerance)
    {
        _hw = halfWidth;
        _join = join;
        _cap = cap;

        // Miter length / width = 1 / cos(turn / 2) = 2 / |nA + nB| for unit normals, so the miter is kept while
        // |nA + nB|² ≥ 4 / limit². SVG forbids limits below 1; NaN falls back to the SVG default.
        double limit = double.IsNaN(miterLimit) ? 4 : Math.Max(1, miterLimit);
        _miterMinSumSquared = 4 / (limit * limit);
        _round = new RoundSteps(halfWidth, tolerance);
    }

    /// <summary>Adds the outline of one polyline.</summary>
    public void AddContour(ReadOnlySpan<Vec2> points, bool closed)
    {
        Deduplicate(points, closed);
        if (_q.Count == 1)
        {
            AddDot(_q[0]);
            return;
        }

        int segments = closed ? _q.Count : _q.Count - 1;
        _d.Clear();
        for (int i = 0; i < segments; i++)
        {
            _d.Add((_q[(i + 1) % _q.Count] - _q[i]).Normalized());
        }

        Reverse(closed);
        _out.MoveTo(_q[0] + (Normal(_d[0]) * _hw));
        TraceSide(_q, _d, closed);
        if (closed)
        {
            _out.Close();
            _out.MoveTo(_qr[0] + (Normal(_dr[0]) * _hw));
            TraceSide(_qr, _dr, closed: true);
        }
        else
        {
            // The end cap leaves us on the −normal side, which is the reversed polyline's +normal side.
            AddCap(_q[^1], _d[^1]);
            TraceSide(_qr, _dr, closed: false);
            AddCap(_qr[^1], _dr[^1]);
        }

        _out.Close();
    }

    /// <summary>The finished outline.</summary>
    public Path Build() => _out.Build();

    private static Vec2 Normal(Vec2 d) => d.Perpendicular;

    private void Deduplicate(ReadOnlySpan<Vec2> points, bool closed)
    {
        double eps = _hw * MergeFraction;
        double epsSquared = eps * eps;
        _q.Clear();
        foreach (var p in points)
        {
            if (_q.Count == 0 || (p - _q[^1]).LengthSquared > epsSquared)
            {
                _q.Add(p);
            }
        }

        if (closed && _q.Count > 1 && (_q[^1] - _q[0]).LengthSquared <= epsSquared)
        {
            _q.RemoveAt(_q.Count - 1);
        }
    }

    // The same polyline walked backwards, so one routine can trace both sides.
    private void Reverse(bool closed)
    {
        _qr.Clear();
        _dr.Clear();
        int n = _q.Count;
        if (closed)
        {
            for (int j = 0; j < n; j++)
            {
                _qr.Add(_q[(n - j) % n]);
            }
        }
        else
        {
            for (int j = n - 1; j >= 0; j--)
            {
                _qr.Add(_q[j]);
            }
        }

        for (int j = _d.Count - 1; j >= 0; j--)
        {
            _dr.Add(-_d[j]);
        }
    }

    // Walks the +normal side of a polyline, from the offset start point (already current) to the offset end point.
    private void TraceSide(List<Vec2> q, List<Vec2> d, bool closed)
    {
        int n = d.Count;
        for (int i = 0; i < n; i++)
        {
            var vertex = q[(i + 1) % q.Count];
            _out.LineTo(vertex + (Normal(d[i]) * _hw));
            if (closed || i < n - 1)
            {
                AddJoin(vertex, d[i], d[(i + 1) % n]);
            }
        }
    }

    // From vertex + hw·N(a) to vertex + hw·N(b) on the +normal side.
    private void AddJoin(Vec2 vertex, Vec2 a, Vec2 b)
    {
        double cross = Vec2.Cross(a, b);
        double dot = Vec2.Dot(a, b);
        var na = Normal(a);
        var nb = Normal(b);
        var end = vertex + (nb * _hw);

        // Turning towards +N puts this side inside the corner. An exact reversal counts as outer on both sides
        // (both wedges then cover the same half disc, which nonzero fill does not mind).
        bool outer = cross < 0 || (cross == 0 && dot < 0);
        if (!outer)
        {
            // Through the vertex: the overlap of the two rectangles stays inside, whatever the segment lengths.
            _out.LineTo(vertex);
            _out.LineTo(end);
            return;
        }

        switch (_join)
        {
            case LineJoin.Miter:
            {
                var sum = na + nb;
                double sumSquared = sum.LengthSquared;
                if (sumSquared >= _miterMinSumSquared && sumSquared > 0)
                {
                    _out.LineTo(vertex + (sum * (2 * _hw / sumSquared)));
                }

                _out.LineTo(end);
                break;
            }

            case LineJoin.Round:
                AddArc(vertex, na, -Math.Abs(Math.Atan2(cross, dot)), end, minSteps: 1);
                break;
            default:
                _out.LineTo(end);
                break;
        }
    }

    // From vertex + hw·N(d) round the end to vertex − hw·N(d).
    private void AddCap(Vec2 vertex, Vec2 d)
    {
        var n = Normal(d) * _hw;
        switch (_cap)
        {
            case LineCap.Square:
            {
                var ahead = d * _hw;
                _out.LineTo(vertex + n + ahead);
                _out.LineTo(vertex - n + ahead);
                _out.LineTo(vertex - n);
                break;
            }

            case LineCap.Round:
                // From N(d) the negative direction passes through d, i.e. beyond the end.
                AddArc(vertex, Normal(d), -Math.PI, vertex - n, minSteps: 2);
                break;
            default:
                _out.LineTo(vertex - n);
                break;
        }
    }

    // A zero-length contour: SVG draws its caps (a disc or an axis-aligned square), butt draws nothing.
    private void AddDot(Vec2 p)
    {
        if (_cap == LineCap.Butt)
        {
            return;
        }

        var d = new Vec2(1, 0);
        _out.MoveTo(p + (Normal(d) * _hw));
        AddCap(p, d);
        AddCap(p, -d);
        _out.Close();
    }

    // Polygon inscribed in the circle of radius hw, from centre + hw·from turning by sweep, ending exactly at end.
    private void AddArc(Vec2 centre, Vec2 from, double sweep, Vec2 end, int minSteps)
    {
        int steps = Math.Max(minSteps, _round.StepsFor(Math.Abs(sweep)));
        double step = sweep / steps;
        double c = Math.Cos(step), s = Math.Sin(step);
        var u = from;
        for (int k = 1; k < steps; k++)
        {
            u = new Vec2((u.X * c) - (u.Y * s), (u.X * s) + (u.Y * c));
            _out.LineTo(centre + (u * _hw));
        }

        _out.LineTo(end);
    }
}
