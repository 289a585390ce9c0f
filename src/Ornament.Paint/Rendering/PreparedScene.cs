using Ornament.Geometry;
using Ornament.Raster;

namespace Ornament.Paint;

/// <summary>A scene resolved for one device size: every path flattened (and stroked) once, paints turned into
/// premultiplied colours or gradient shaders, and device bounds known for every item and group. Immutable once
/// built, so render workers share it read-only.</summary>
internal sealed class PreparedScene
{
    /// <summary>Draw items prepared together (flattened into one arena) by one thread at a time.</summary>
    private const int ItemChunk = 256;

    private PreparedScene(int width, int height, PremulRgba8 background, List<PreparedOp> ops)
    {
        Width = width;
        Height = height;
        Background = background;
        Ops = ops;
    }

    public int Width { get; }

    public int Height { get; }

    public PremulRgba8 Background { get; }

    /// <summary>The display list. Groups drawn straight through (opacity 1, source-over) are not kept: their
    /// children stand in their place (drawing them in order is all such a group does), so the renderer bins and
    /// skips every draw by its own bounds, however deep the scene nests it.</summary>
    public List<PreparedOp> Ops { get; }

    /// <summary>Prepares <paramref name="scene"/> for a <paramref name="width"/> × <paramref name="height"/>
    /// device on up to <paramref name="threads"/> threads.</summary>
    public static PreparedScene Build(Scene scene, int width, int height, double tolerance, int threads)
    {
        var baseTransform = Affine.Scale(width / scene.Width, height / scene.Height);
        var canvas = new PixelRect(0, 0, width, height);

        // Every visible draw of the tree with its composed transform, in drawing order: the expensive part —
        // stroking, flattening, paints — runs over this flat list in fixed chunks, each into its own arena, so a
        // scene that keeps its 10⁵ strokes inside a few groups prepares in parallel too. Every op lands in its
        // draw's slot, so the display list is the same whatever the thread count.
        var leaves = new List<(DrawItem Item, Affine Transform)>();
        Collect(scene.Items, baseTransform, leaves);
        var slots = new DrawOp?[leaves.Count];
        int chunks = (leaves.Count + ItemChunk - 1) / ItemChunk;
        void PrepareRange(int c)
        {
            var chunk = new ChunkPreparer(tolerance, canvas, leaves, c * ItemChunk, Math.Min(leaves.Count, (c + 1) * ItemChunk));
            int end = Math.Min(leaves.Count, (c + 1) * ItemChunk);
            for (int i = c * ItemChunk; i < end; i++)
            {
                slots[i] = chunk.Prepare(leaves[i].Item, leaves[i].Transform);
            }

            chunk.Seal();
        }

        if (threads > 1 && chunks > 1)
        {
            Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = threads }, PrepareRange);
        }
        else
        {
            for (int c = 0; c < chunks; c++)
            {
                PrepareRange(c);
            }
        }

        // The tree again, in the same order, now with the prepared draws: layers become group ops, groups drawn
        // straight through are inlined.
        var ops = new List<PreparedOp>(slots.Length);
        int next = 0;
        Assemble(scene.Items, slots, ref next, ops);
        var bg = scene.Background is { } b ? b.Premultiply() : default;
        return new PreparedScene(width, height, bg, ops);
    }

    private static bool Visible(SceneItem item) => item switch
    {
        DrawItem d => d.Opacity > 0,
        GroupItem g => g.Opacity > 0,
        _ => false,
    };

    private static bool IsLayer(GroupItem g) => g.Opacity < 1 || g.Blend != BlendMode.SourceOver;

    private static void Collect(IReadOnlyList<SceneItem> items, Affine transform, List<(DrawItem, Affine)> into)
    {
        foreach (var item in items)
        {
            if (!Visible(item))
            {
                continue;
            }

            if (item is DrawItem d)
            {
                into.Add((d, d.Transform is { } dt ? dt.Then(transform) : transform));
            }
            else if (item is GroupItem g)
            {
                Collect(g.Items, g.Transform is { } gt ? gt.Then(transform) : transform, into);
            }
        }
    }

    private static void Assemble(IReadOnlyList<SceneItem> items, DrawOp?[] slots, ref int next, List<PreparedOp> into)
    {
        foreach (var item in items)
        {
            if (!Visible(item))
            {
                continue;
            }

            if (item is DrawItem)
            {
                into.Add(slots[next++]!);
            }
            else if (item is GroupItem g)
            {
                if (!IsLayer(g))
                {
                    Assemble(g.Items, slots, ref next, into);
                    continue;
                }

                // The children are assembled (and their layers bounded) already: the union is known here.
                var children = new List<PreparedOp>(g.Items.Count);
                Assemble(g.Items, slots, ref next, children);
                into.Add(new GroupOp(children, true, g.Opacity, g.Blend) { Bounds = Union(children) });
            }
        }
    }

    /// <summary>The per-chunk state of <see cref="Build"/>: a flattening scratch path and the arena the chunk's
    /// draws share, sized up front from the chunk's path points (exact for polygons, a start for curves).</summary>
    private sealed class ChunkPreparer
    {
        private readonly double _tolerance;
        private readonly PixelRect _canvas;
        private readonly FlattenedPath _scratch = new();
        private readonly FlatArena _arena;
        private readonly List<DrawOp> _draws = [];

        public ChunkPreparer(double tolerance, PixelRect canvas, List<(DrawItem Item, Affine Transform)> leaves, int start, int end)
        {
            _tolerance = tolerance;
            _canvas = canvas;
            int points = 0, contours = 0;
            for (int i = start; i < end; i++)
            {
                var path = leaves[i].Item.Path;
                points += path.Points.Length + 1;
                foreach (var v in path.Verbs)
                {
                    if (v == PathVerb.MoveTo)
                    {
                        contours++;
                    }
                }
            }

            _arena = new FlatArena(points, contours);
        }

        /// <summary>The op of the visible draw <paramref name="d"/> under <paramref name="t"/>.</summary>
        public DrawOp Prepare(DrawItem d, Affine t)
        {
            var op = new DrawOp(d.Stroke is null ? d.FillRule : FillRule.NonZero, d.Blend);
            var path = d.Path;
            if (d.Stroke is { } stroke)
            {
                double scale = t.MaxScale;
                path = Stroker.Stroke(path, stroke, scale > 0 ? _tolerance / scale : _tolerance);
            }

            Flattener.Flatten(path, t, _tolerance, _scratch);
            op.Bounds = DeviceBounds(_scratch, _canvas);
            op.Paint = PreparePaint(d, t);
            _arena.Add(op, _scratch);
            _draws.Add(op);
            return op;
        }

        /// <summary>Points every draw of the chunk at the arena's final arrays (they may have grown after it was
        /// added).</summary>
        public void Seal()
        {
            foreach (var op in _draws)
            {
                _arena.Seal(op);
            }
        }
    }

    /// <summary>The smallest rectangle holding every non-empty bound of <paramref name="ops"/> (empty if none).</summary>
    private static PixelRect Union(List<PreparedOp> ops)
    {
        var u = new PixelRect(int.MaxValue, int.MaxValue, int.MinValue, int.MinValue);
        foreach (var op in ops)
        {
            var b = op.Bounds;
            if (!b.IsEmpty)
            {
                u = new PixelRect(Math.Min(u.X0, b.X0), Math.Min(u.Y0, b.Y0), Math.Max(u.X1, b.X1), Math.Max(u.Y1, b.Y1));
            }
        }

        return u.IsEmpty ? default : u;
    }

    private static PixelRect DeviceBounds(FlattenedPath flat, PixelRect canvas)
    {
        if (flat.PointCount < 2)
        {
            return default;
        }

        // Not drawn: non-finite points. Huge finite coordinates are fine: the rasterizer cuts edges to a box near
        // the canvas in double precision first (Rasterizer.Far), so a polygon reaching 1e12 or 1e308 still fills
        // what it covers.
        var r = flat.Bounds;
        if (!(double.IsFinite(r.Left) && double.IsFinite(r.Right) && double.IsFinite(r.Top) && double.IsFinite(r.Bottom)))
        {
            return default;
        }

        // Clamp in double before converting so huge coordinates cannot overflow int.
        static int C(double v, int lo, int hi) => (int)Math.Clamp(v, lo, hi);
        var b = new PixelRect(
            C(Math.Floor(r.Left), canvas.X0, canvas.X1), C(Math.Floor(r.Top), canvas.Y0, canvas.Y1),
            C(Math.Ceiling(r.Right), canvas.X0, canvas.X1), C(Math.Ceiling(r.Bottom), canvas.Y0, canvas.Y1));
        return b.IsEmpty ? default : b;
    }

    private static PreparedPaint? PreparePaint(DrawItem d, Affine t)
    {
        double opacity = Math.Clamp(d.Opacity, 0, 1);
        switch (d.Paint)
        {
            case SolidPaint s:
                return PreparedPaint.Solid(s.Color, opacity);
            case LinearGradient or RadialGradient:
            {
                var raw = d.Paint is LinearGradient l ? l.Stops : ((RadialGradient)d.Paint).Stops;
                if (raw is null || raw.Count == 0)
                {
                    return null; // SVG: a gradient without stops paints nothing
                }

                var stops = GradientLut.Normalize(raw);
                if (stops.Length == 1)
                {
                    return PreparedPaint.Solid(stops[0].Color, opacity);
                }

                var shader = GradientShader.Create(d.Paint, stops, t, opacity);
                return shader is null ? null : new PreparedPaint(default, shader);
            }

            default:
                throw new NotSupportedException($"Paint {d.Paint.GetType().Name} is not supported by this renderer.");
        }
    }
}

/// <summary>One prepared display-list entry.</summary>
internal abstract class PreparedOp
{
    /// <summary>Device pixels it may touch (empty = nothing to draw).</summary>
    public PixelRect Bounds { get; set; }
}

/// <summary>A flattened path with its paint. The polylines live in arrays shared with neighbouring ops.</summary>
internal sealed class DrawOp(FillRule rule, BlendMode blend) : PreparedOp
{
    private Vec2[] _points = [];
    private int[] _ends = [];
    private int _pointStart, _pointCount, _endStart, _endCount;

    /// <summary>Device-space points of every contour, one after another.</summary>
    public ReadOnlySpan<Vec2> Points => _points.AsSpan(_pointStart, _pointCount);

    /// <summary>Exclusive end of each contour within <see cref="Points"/>.</summary>
    public ReadOnlySpan<int> ContourEnds => _ends.AsSpan(_endStart, _endCount);

    public FillRule Rule { get; } = rule;

    public BlendMode Blend { get; } = blend;

    /// <summary>Null when nothing is painted (no stops, singular gradient transform).</summary>
    public PreparedPaint? Paint { get; set; }

    internal void SetRanges(int pointStart, int pointCount, int endStart, int endCount)
    {
        _pointStart = pointStart;
        _pointCount = pointCount;
        _endStart = endStart;
        _endCount = endCount;
    }

    internal void SetArrays(Vec2[] points, int[] ends)
    {
        _points = points;
        _ends = ends;
    }
}

/// <summary>Growable point and contour-end arrays filled by one flattening chunk.</summary>
internal sealed class FlatArena
{
    private Vec2[] _points;
    private int[] _ends;
    private int _pointCount, _endCount;

    /// <summary>An arena with room for <paramref name="points"/> points and <paramref name="contours"/> contours
    /// (it grows when flattening needs more).</summary>
    public FlatArena(int points = 256, int contours = 64)
    {
        _points = new Vec2[Math.Max(16, points)];
        _ends = new int[Math.Max(4, contours)];
    }

    /// <summary>Appends <paramref name="flat"/> and records where it lies in <paramref name="op"/>.</summary>
    public void Add(DrawOp op, FlattenedPath flat)
    {
        var pts = flat.Points;
        var ends = flat.ContourEnds;
        if (_pointCount + pts.Length > _points.Length)
        {
            Array.Resize(ref _points, Math.Max(_pointCount + pts.Length, _points.Length * 2));
        }

        if (_endCount + ends.Length > _ends.Length)
        {
            Array.Resize(ref _ends, Math.Max(_endCount + ends.Length, _ends.Length * 2));
        }

        pts.CopyTo(_points.AsSpan(_pointCount));
        ends.CopyTo(_ends.AsSpan(_endCount)); // relative to the op's first point, as FlattenedPath keeps them
        op.SetRanges(_pointCount, pts.Length, _endCount, ends.Length);
        _pointCount += pts.Length;
        _endCount += ends.Length;
    }

    /// <summary>Points <paramref name="op"/> at the final arrays (they may have grown after it was added).</summary>
    public void Seal(DrawOp op) => op.SetArrays(_points, _ends);
}

/// <summary>A group: drawn straight through, or into a layer composited with opacity and a blend mode.</summary>
internal sealed class GroupOp(List<PreparedOp> children, bool layer, double opacity, BlendMode blend) : PreparedOp
{
    public List<PreparedOp> Children { get; } = children;

    public bool Layer { get; } = layer;

    public double Opacity { get; } = opacity;

    public BlendMode Blend { get; } = blend;
}

/// <summary>A solid premultiplied colour or a gradient shader (opacity already applied).</summary>
internal readonly record struct PreparedPaint(PremulRgba8 Color, GradientShader? Shader)
{
    public static PreparedPaint Solid(Rgba8 c, double opacity)
    {
        if (opacity < 1)
        {
            c = c.WithAlpha((byte)Math.Round(c.A * opacity));
        }

        return new PreparedPaint(c.Premultiply(), null);
    }
}
