using System.Buffers;
using Ornament.Geometry;
using Ornament.Raster;

namespace Ornament.Paint;

/// <summary>A scene resolved for one device size: every path flattened (and stroked) once, paints turned into
/// premultiplied colours or gradient shaders, and device bounds known for every item and group. Immutable once
/// built, so render workers share it read-only.</summary>
/// <remarks>Everything per draw lives in a few large arrays of structs (draws, display list, point arenas), not in
/// one object per draw: a scene of 3·10⁵ tiny paths then leaves the collector nothing to trace or promote, and a
/// garbage collection — which stops every thread — no longer lands in the middle of each frame.</remarks>
internal sealed class PreparedScene
{
    /// <summary>Draw items prepared together by one thread at a time.</summary>
    private const int ItemChunk = 256;

    /// <summary>Top-level scene items collected together by one thread at a time.</summary>
    private const int CollectChunk = 2048;

    private readonly Vec2[][] _points;
    private readonly int[][] _ends;
    private readonly GradientShader[][] _shaders;
    private int _released;

    private PreparedScene(int width, int height, PremulRgba8 background, DrawOp[] draws, OpRef[] ops, LayerOp[] layers, Vec2[][] points, int[][] ends, GradientShader[][] shaders)
    {
        _shaders = shaders;
        Width = width;
        Height = height;
        Background = background;
        Draws = draws;
        Ops = ops;
        Layers = layers;
        _points = points;
        _ends = ends;
    }

    public int Width { get; }

    public int Height { get; }

    public PremulRgba8 Background { get; }

    /// <summary>Every visible draw of the scene tree, in drawing order.</summary>
    public DrawOp[] Draws { get; }

    /// <summary>The display list. Groups drawn straight through (opacity 1, source-over) are not kept: their
    /// children stand in their place (drawing them in order is all such a group does), so the renderer bins and
    /// skips every draw by its own bounds, however deep the scene nests it.</summary>
    public OpRef[] Ops { get; }

    /// <summary>The groups drawn into a layer, addressed by <see cref="OpRef.Layer"/>.</summary>
    public LayerOp[] Layers { get; }

    /// <summary>Device-space points of every contour of <paramref name="d"/>, one after another.</summary>
    public ReadOnlySpan<Vec2> Points(in DrawOp d) => _points[d.Arena].AsSpan(d.PointStart, d.PointCount);

    /// <summary>The gradient of <paramref name="d"/>, or null for a solid colour.</summary>
    public GradientShader? Shader(in DrawOp d) => d.Shader < 0 ? null : _shaders[d.Arena][d.Shader];

    /// <summary>Exclusive end of each contour of <paramref name="d"/> within <see cref="Points"/>.</summary>
    public ReadOnlySpan<int> ContourEnds(in DrawOp d) => _ends[d.Arena].AsSpan(d.EndStart, d.EndCount);

    /// <summary>Hands the point arenas back to the shared pool (they are rented: a scene of 10⁵ paths flattens into
    /// tens of megabytes each frame, which as fresh large-object allocations would bring a background collection
    /// onto a busy core every frame or two). Call once, when no worker reads the scene any more; the scene must not
    /// be used after.</summary>
    public void Release()
    {
        if (Interlocked.Exchange(ref _released, 1) != 0)
        {
            return;
        }

        foreach (var a in _points)
        {
            ArrayPool<Vec2>.Shared.Return(a);
        }

        foreach (var a in _ends)
        {
            ArrayPool<int>.Shared.Return(a);
        }
    }

    /// <summary>Asks the cache for the start of the polyline and contour ends of <paramref name="d"/> (a hint: no
    /// byte changes).</summary>
    public unsafe void PrefetchPolyline(in DrawOp d)
    {
        var pts = _points[d.Arena];
        var ends = _ends[d.Arena];
        if ((uint)d.PointStart < (uint)pts.Length && (uint)d.EndStart < (uint)ends.Length)
        {
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(System.Runtime.CompilerServices.Unsafe.AsPointer(ref pts[d.PointStart]));
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(System.Runtime.CompilerServices.Unsafe.AsPointer(ref ends[d.EndStart]));
        }
    }

    /// <summary>Prepares <paramref name="scene"/> for a <paramref name="width"/> × <paramref name="height"/>
    /// device on up to <paramref name="threads"/> threads.</summary>
    public static PreparedScene Build(Scene scene, int width, int height, double tolerance, int threads)
    {
        var baseTransform = Affine.Scale(width / scene.Width, height / scene.Height);
        var canvas = new PixelRect(0, 0, width, height);

        // 1. Every visible draw of the tree with its group transform, in drawing order, and where layers begin and
        //    end: collected in parallel chunks of top-level items, then joined in chunk order.
        var (leaves, transforms, events) = Collect(scene.Items, baseTransform, threads);

        // 2. The expensive part — stroking, flattening, paints — over the flat list in fixed chunks, so a scene that
        //    keeps its 10⁵ strokes inside a few groups prepares in parallel too. Every draw lands in its own slot,
        //    so the display list is the same whatever the thread count; only which arena holds its points varies.
        var draws = GC.AllocateUninitializedArray<DrawOp>(leaves.Length); // Prepare writes every field
        var arenas = new List<ChunkPreparer>();
        int chunks = (leaves.Length + ItemChunk - 1) / ItemChunk;
        ChunkPreparer NewPreparer()
        {
            lock (arenas)
            {
                var p = new ChunkPreparer(tolerance, canvas, arenas.Count, leaves.Length / Math.Max(1, threads));
                arenas.Add(p);
                return p;
            }
        }

        void PrepareRange(int c, ChunkPreparer p)
        {
            int end = Math.Min(leaves.Length, (c + 1) * ItemChunk);
            for (int i = c * ItemChunk; i < end; i++)
            {
                var item = leaves[i].Item;
                var t = transforms[leaves[i].Transform];
                p.Prepare(item, item.Transform is { } dt ? dt.Then(t) : t, ref draws[i]);
            }
        }

        if (threads > 1 && chunks > 1)
        {
            Parallel.For(
                0,
                chunks,
                new ParallelOptions { MaxDegreeOfParallelism = threads },
                NewPreparer,
                (c, _, p) =>
                {
                    PrepareRange(c, p);
                    return p;
                },
                static _ => { });
        }
        else if (chunks > 0)
        {
            var p = NewPreparer();
            for (int c = 0; c < chunks; c++)
            {
                PrepareRange(c, p);
            }
        }

        var points = new Vec2[arenas.Count][];
        var ends = new int[arenas.Count][];
        var shaders = new GradientShader[arenas.Count][];
        foreach (var a in arenas)
        {
            (points[a.Id], ends[a.Id]) = a.Arrays;
            shaders[a.Id] = a.Shaders;
        }

        // 3. The display list: the draws themselves, with layers folded in where groups drew into one.
        var (ops, layers) = events.Count == 0 ? (Identity(draws, threads), []) : Assemble(draws, events);
        var bg = scene.Background is { } b ? b.Premultiply() : default;
        return new PreparedScene(width, height, bg, draws, ops, layers, points, ends, shaders);
    }

    private static bool IsLayer(GroupItem g) => g.Opacity < 1 || g.Blend != BlendMode.SourceOver;

    /// <summary>A visible draw and the index of its composed group transform.</summary>
    private readonly record struct Leaf(DrawItem Item, int Transform);

    /// <summary>A layer group begins (<see cref="Group"/> set) or ends (null) before leaf <see cref="At"/>.</summary>
    private readonly record struct LayerEvent(int At, GroupItem? Group);

    /// <summary>What one chunk of top-level items collects.</summary>
    private sealed class CollectPart
    {
        public List<Leaf> Leaves { get; } = [];

        public List<Affine> Transforms { get; } = [];

        public List<LayerEvent> Events { get; } = [];

        public void Walk(IReadOnlyList<SceneItem> items, int start, int end, int transform)
        {
            for (int i = start; i < end; i++)
            {
                var item = items[i];
                if (item is DrawItem d)
                {
                    if (d.Opacity > 0)
                    {
                        Leaves.Add(new Leaf(d, transform));
                    }
                }
                else if (item is GroupItem g && g.Opacity > 0)
                {
                    int gt = transform;
                    if (g.Transform is { } t)
                    {
                        Transforms.Add(t.Then(Transforms[transform]));
                        gt = Transforms.Count - 1;
                    }

                    bool layer = IsLayer(g);
                    if (layer)
                    {
                        Events.Add(new LayerEvent(Leaves.Count, g));
                    }

                    Walk(g.Items, 0, g.Items.Count, gt);
                    if (layer)
                    {
                        Events.Add(new LayerEvent(Leaves.Count, null));
                    }
                }
            }
        }
    }

    private static (Leaf[] Leaves, Affine[] Transforms, List<LayerEvent> Events) Collect(IReadOnlyList<SceneItem> items, Affine baseTransform, int threads)
    {
        int parts = Math.Max(1, (items.Count + CollectChunk - 1) / CollectChunk);
        var collected = new CollectPart[parts];
        void Walk(int c)
        {
            var part = new CollectPart();
            part.Transforms.Add(baseTransform);
            part.Walk(items, c * CollectChunk, Math.Min(items.Count, (c + 1) * CollectChunk), 0);
            collected[c] = part;
        }

        Chunks.For(parts, threads, Walk);

        // Joined in chunk order: leaf, transform and event indices shift by what the chunks before hold.
        int leafCount = 0, transformCount = 0;
        var leafStart = new int[parts];
        var transformStart = new int[parts];
        var events = new List<LayerEvent>();
        for (int c = 0; c < parts; c++)
        {
            leafStart[c] = leafCount;
            transformStart[c] = transformCount;
            foreach (var e in collected[c].Events)
            {
                events.Add(e with { At = e.At + leafCount });
            }

            leafCount += collected[c].Leaves.Count;
            transformCount += collected[c].Transforms.Count;
        }

        var leaves = new Leaf[leafCount];
        var transforms = new Affine[transformCount];
        Chunks.For(parts, threads, c =>
        {
            var part = collected[c];
            int l0 = leafStart[c], t0 = transformStart[c];
            part.Transforms.CopyTo(transforms, t0);
            var src = part.Leaves;
            for (int i = 0; i < src.Count; i++)
            {
                leaves[l0 + i] = new Leaf(src[i].Item, src[i].Transform + t0);
            }
        });
        return (leaves, transforms, events);
    }

    /// <summary>The display list of a scene without layers: every draw, in order.</summary>
    private static OpRef[] Identity(DrawOp[] draws, int threads)
    {
        var ops = GC.AllocateUninitializedArray<OpRef>(draws.Length);
        int parts = (draws.Length + 16383) / 16384;
        Chunks.For(parts, threads, c =>
        {
            int end = Math.Min(draws.Length, (c + 1) * 16384);
            for (int i = c * 16384; i < end; i++)
            {
                ops[i] = new OpRef(i, draws[i].Bounds);
            }
        });
        return ops;
    }

    /// <summary>The display list with layers: the draws in order, each layer group's draws gathered into a layer op
    /// standing where the group stood.</summary>
    private static (OpRef[] Ops, LayerOp[] Layers) Assemble(DrawOp[] draws, List<LayerEvent> events)
    {
        var layers = new List<LayerOp>();
        var open = new Stack<(List<OpRef> Ops, GroupItem Group)>();
        var top = new List<OpRef>(draws.Length);
        var current = top;
        int e = 0;
        for (int i = 0; i <= draws.Length; i++)
        {
            for (; e < events.Count && events[e].At == i; e++)
            {
                if (events[e].Group is { } g)
                {
                    open.Push((current, g));
                    current = [];
                    continue;
                }

                // The children are assembled (and their layers bounded) already: the union is known here.
                var (parent, group) = open.Pop();
                var children = current.ToArray();
                var bounds = Union(children);
                layers.Add(new LayerOp(children, group.Opacity, group.Blend, bounds));
                parent.Add(new OpRef(~(layers.Count - 1), bounds));
                current = parent;
            }

            if (i < draws.Length)
            {
                current.Add(new OpRef(i, draws[i].Bounds));
            }
        }

        return (top.ToArray(), layers.ToArray());
    }

    /// <summary>The per-thread state of <see cref="Build"/>: a flattening scratch path and the arena its draws'
    /// polylines are appended to.</summary>
    private sealed class ChunkPreparer(double tolerance, PixelRect canvas, int id, int expectedDraws)
    {
        private readonly FlattenedPath _scratch = new();
        private readonly List<GradientShader> _shaders = [];
        private Vec2[] _points = ArrayPool<Vec2>.Shared.Rent(Math.Clamp(expectedDraws * 4, 256, 1 << 20));
        private int[] _ends = ArrayPool<int>.Shared.Rent(Math.Clamp(expectedDraws, 64, 1 << 18));
        private int _pointCount, _endCount;

        public int Id { get; } = id;

        public (Vec2[] Points, int[] Ends) Arrays => (_points, _ends);

        public GradientShader[] Shaders => [.. _shaders];

        /// <summary>Writes the draw of the visible item <paramref name="d"/> under <paramref name="t"/> into
        /// <paramref name="op"/>.</summary>
        public void Prepare(DrawItem d, Affine t, ref DrawOp op)
        {
            var path = d.Path;
            if (d.Stroke is { } stroke)
            {
                double scale = t.MaxScale;
                path = Stroker.Stroke(path, stroke, scale > 0 ? tolerance / scale : tolerance);
            }

            Flattener.Flatten(path, t, tolerance, _scratch);
            op.Rule = d.Stroke is null ? d.FillRule : FillRule.NonZero;
            op.Blend = d.Blend;
            op.Bounds = DeviceBounds(_scratch, canvas);
            var paint = PreparePaint(d, t);
            op.Painted = paint is not null;
            op.Color = paint?.Color ?? default;
            op.Shader = -1;
            op.PathClass = Rasterizer.PathClassUnknown; // the array is allocated uninitialised
            if (paint?.Shader is { } shader)
            {
                _shaders.Add(shader);
                op.Shader = _shaders.Count - 1;
            }

            Append(ref op);
        }

        private void Append(ref DrawOp op)
        {
            var pts = _scratch.Points;
            var ends = _scratch.ContourEnds;
            if (_pointCount + pts.Length > _points.Length)
            {
                Grow(ref _points, _pointCount, _pointCount + pts.Length);
            }

            if (_endCount + ends.Length > _ends.Length)
            {
                Grow(ref _ends, _endCount, _endCount + ends.Length);
            }

            pts.CopyTo(_points.AsSpan(_pointCount));
            ends.CopyTo(_ends.AsSpan(_endCount)); // relative to the op's first point, as FlattenedPath keeps them
            op.Arena = Id;
            op.PointStart = _pointCount;
            op.PointCount = pts.Length;
            op.EndStart = _endCount;
            op.EndCount = ends.Length;
            _pointCount += pts.Length;
            _endCount += ends.Length;
        }

        private static void Grow<T>(ref T[] array, int used, int needed)
            where T : unmanaged
        {
            var next = ArrayPool<T>.Shared.Rent(Math.Max(needed, array.Length * 2));
            array.AsSpan(0, used).CopyTo(next);
            ArrayPool<T>.Shared.Return(array);
            array = next;
        }
    }

    /// <summary>The smallest rectangle holding every non-empty bound of <paramref name="ops"/> (empty if none).</summary>
    private static PixelRect Union(OpRef[] ops)
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

/// <summary>One entry of a display list: a draw (<see cref="Index"/> ≥ 0, into <see cref="PreparedScene.Draws"/>)
/// or a layer (<see cref="Index"/> &lt; 0, its complement into <see cref="PreparedScene.Layers"/>), with the device
/// pixels it may touch (empty = nothing to draw).</summary>
internal readonly record struct OpRef(int Index, PixelRect Bounds)
{
    /// <summary>The layer index when <see cref="Index"/> is negative.</summary>
    public int Layer => ~Index;
}

/// <summary>A flattened path with its paint. The polyline lives in an arena shared with other draws
/// (<see cref="PreparedScene.Points"/>).</summary>
internal struct DrawOp
{
    /// <summary>Device pixels it may touch (empty = nothing to draw).</summary>
    public PixelRect Bounds;

    /// <summary>Premultiplied colour (opacity applied), when <see cref="Shader"/> is −1.</summary>
    public PremulRgba8 Color;

    /// <summary>The gradient's index in its arena's shader list (<see cref="PreparedScene.Shader"/>), or −1 for a
    /// solid colour. An index, not a reference: an array of 10⁵ draws without references is one the collector
    /// never has to scan.</summary>
    public int Shader;

    /// <summary>False when nothing is painted (no stops, singular gradient transform).</summary>
    public bool Painted;

    public FillRule Rule;

    public BlendMode Blend;

    public int Arena, PointStart, PointCount, EndStart, EndCount;

    /// <summary>What the rasterizer learnt about the path when it first filled it (<c>Rasterizer.PathClassUnknown</c>
    /// until then), so the other bands skip its classification.</summary>
    public int PathClass;
}

/// <summary>A group drawn into a layer, composited with opacity and a blend mode.</summary>
internal sealed class LayerOp(OpRef[] children, double opacity, BlendMode blend, PixelRect bounds)
{
    public OpRef[] Children { get; } = children;

    public double Opacity { get; } = opacity;

    public BlendMode Blend { get; } = blend;

    public PixelRect Bounds { get; } = bounds;
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
