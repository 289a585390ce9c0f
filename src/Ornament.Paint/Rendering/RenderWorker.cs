using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using Ornament.Raster;

namespace Ornament.Paint;

/// <summary>The mutable state of one rendering thread: its rasterizer, a scratch row for shaded spans and a pool of
/// layer buffers. Renders the rows of a clip rectangle; the output of a pixel depends only on the prepared scene,
/// never on the clip it was rendered under, so bands may be rendered in any order on any worker.</summary>
internal sealed class RenderWorker(int width, SimdWidth simd)
{
    private readonly Rasterizer _rasterizer = new(simd);
    private readonly byte[] _scratch = new byte[width * 4];
    private readonly List<byte[]> _pool = [];

    /// <summary>Paints background and items into the <paramref name="clip"/> rows of <paramref name="surface"/>.</summary>
    public void Render(PreparedScene scene, Surface surface, PixelRect clip)
    {
        surface.Fill(scene.Background, clip);
        RenderOps(scene, scene.Ops, surface, clip);
    }

    /// <summary>Like <see cref="Render(PreparedScene, Surface, PixelRect)"/>, visiting only the top-level ops listed in <paramref name="opIndices"/>
    /// (ascending): those whose bounds meet the clip's rows, binned once for all bands.</summary>
    public void Render(PreparedScene scene, Surface surface, PixelRect clip, ReadOnlySpan<int> opIndices)
    {
        surface.Fill(scene.Background, clip);
        if (scene.Layers.Length == 0)
        {
            RenderDraws(scene, surface, clip, opIndices);
            return;
        }

        var ops = scene.Ops;
        foreach (int i in opIndices)
        {
            RenderOp(scene, ops[i], surface, clip);
        }
    }

    /// <summary>How many draws ahead <see cref="RenderDraws"/> asks for a draw's record, and (half as far) for its
    /// polyline.</summary>
    private const int PrefetchDraws = 8;

    // A scene without layers: the display list is the draws themselves, so op i is draw i. A band visits a sparse,
    // ascending subset of them (one in 30 when the bands are many and the draws small, as in the tiny scene), which
    // the hardware prefetcher does not follow: each draw would wait on memory for its record, then for its points.
    // Both are asked for a few draws ahead instead. Changes no byte.
    private unsafe void RenderDraws(PreparedScene scene, Surface surface, PixelRect clip, ReadOnlySpan<int> indices)
    {
        var draws = scene.Draws;
        int n = indices.Length;
        for (int k = 0; k < n; k++)
        {
            if (Sse.IsSupported)
            {
                if (k + PrefetchDraws < n)
                {
                    ref var ahead = ref draws[indices[k + PrefetchDraws]];
                    Sse.Prefetch0(Unsafe.AsPointer(ref ahead));
                    Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.AddByteOffset(ref ahead, Unsafe.SizeOf<DrawOp>() - 1)));
                }

                if (k + (PrefetchDraws / 2) < n)
                {
                    scene.PrefetchPolyline(in draws[indices[k + (PrefetchDraws / 2)]]);
                }
            }

            ref var d = ref draws[indices[k]];
            if (!d.Bounds.Intersect(clip).IsEmpty)
            {
                Draw(scene, ref d, surface, clip);
            }
        }
    }

    private void RenderOps(PreparedScene scene, OpRef[] ops, Surface surface, PixelRect clip)
    {
        foreach (var op in ops)
        {
            RenderOp(scene, op, surface, clip);
        }
    }

    private void RenderOp(PreparedScene scene, OpRef op, Surface surface, PixelRect clip)
    {
        var b = op.Bounds.Intersect(clip);
        if (b.IsEmpty)
        {
            return;
        }

        if (op.Index >= 0)
        {
            Draw(scene, ref scene.Draws[op.Index], surface, clip);
        }
        else
        {
            DrawLayer(scene, scene.Layers[op.Layer], surface, b);
        }
    }

    // The layer covers only the group's bounds within the clip; its columns do not depend on the band, so the
    // rasterizer sees the same horizontal clip in every band.
    private void DrawLayer(PreparedScene scene, LayerOp g, Surface surface, PixelRect rect)
    {
        int stride = rect.Width * 4;
        int bytes = stride * rect.Height;
        var buffer = Rent(bytes);
        var layer = new Surface(buffer, stride, rect);
        layer.Fill(default, rect);
        RenderOps(scene, g.Children, layer, rect);
        LayerCompositor.Composite(surface, layer, g.Opacity, g.Blend, simd);
        _pool.Add(buffer);
    }

    private byte[] Rent(int bytes)
    {
        for (int i = _pool.Count - 1; i >= 0; i--)
        {
            if (_pool[i].Length >= bytes)
            {
                var b = _pool[i];
                _pool.RemoveAt(i);
                return b;
            }
        }

        return new byte[bytes];
    }

    // d.PathClass keeps what the rasterizer learnt about the path in the first band it was filled in (any worker may
    // write it: every one writes the same value).
    private void Draw(PreparedScene scene, ref DrawOp d, Surface surface, PixelRect clip)
    {
        if (!d.Painted)
        {
            return;
        }

        var points = scene.Points(in d);
        var ends = scene.ContourEnds(in d);
        if (scene.Shader(in d) is { } shader)
        {
            var sink = new GradientSink(surface, shader, _scratch, d.Blend, simd);
            _rasterizer.Fill(points, ends, d.Rule, clip, ref sink, ref d.PathClass);
        }
        else if (d.Blend != BlendMode.SourceOver)
        {
            var sink = new BlendModeSink(surface, d.Color, d.Blend);
            _rasterizer.Fill(points, ends, d.Rule, clip, ref sink, ref d.PathClass);
        }
        else
        {
            var sink = new SolidSourceOverSink(surface, d.Color, simd);
            _rasterizer.Fill(points, ends, d.Rule, clip, ref sink, ref d.PathClass);
        }
    }
}
