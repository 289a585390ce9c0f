using BenchmarkDotNet.Attributes;
using Ornament.Encode;
using Ornament.Geometry;
using Ornament.Paint;
using Ornament.Raster;

namespace Ornament.Benchmarks;

/// <summary>Flattening every path of the brush scene (curves → polylines at 0.1 px).</summary>
public class FlattenBenchmarks
{
    private List<DrawItem> _items = [];
    private readonly FlattenedPath _flat = new();

    [GlobalSetup]
    public void Setup() => _items = StageScenes.Brush().Items.OfType<DrawItem>().ToList();

    [Benchmark]
    public int Flatten()
    {
        int n = 0;
        foreach (var i in _items)
        {
            Flattener.Flatten(i.Path, Affine.Identity, Flattener.DefaultTolerance, _flat);
            n += _flat.PointCount;
        }

        return n;
    }
}

/// <summary>Rasterization alone (coverage into a sink that only counts), carpet and brush scenes.</summary>
public class RasterBenchmarks
{
    private List<(FlattenedPath Flat, FillRule Rule)> _carpet = [], _brush = [];
    private readonly Rasterizer _raster = new();

    [GlobalSetup]
    public void Setup()
    {
        _carpet = StageScenes.Flatten(StageScenes.Carpet());
        _brush = StageScenes.Flatten(StageScenes.Brush());
    }

    [Benchmark]
    public long Carpet() => Run(_carpet);

    [Benchmark]
    public long Brush() => Run(_brush);

    private long Run(List<(FlattenedPath Flat, FillRule Rule)> paths)
    {
        var sink = new CountingSink();
        var clip = new PixelRect(0, 0, StageScenes.Size, StageScenes.Size);
        foreach (var (flat, rule) in paths)
        {
            _raster.Fill(flat, rule, clip, ref sink);
        }

        return sink.Pixels;
    }

    private struct CountingSink : ICoverageSink
    {
        public long Pixels;

        public void Blend(int y, int x, ReadOnlySpan<byte> coverage) => Pixels += coverage.Length;

        public void BlendConstant(int y, int x, ReadOnlySpan<byte> coverage) => Pixels += coverage.Length;
    }
}

/// <summary>Source-over compositing of a solid colour through a coverage row (the paint stage's hot loop).</summary>
public class CompositeBenchmarks
{
    private readonly byte[] _row = new byte[StageScenes.Size * 4];
    private readonly byte[] _coverage = new byte[StageScenes.Size];

    [GlobalSetup]
    public void Setup()
    {
        for (int i = 0; i < _coverage.Length; i++)
        {
            _coverage[i] = (byte)((i * 37) & 255);
        }
    }

    [Benchmark]
    public void SourceOverSolidRow()
    {
        for (int r = 0; r < 64; r++)
        {
            SourceOverKernels.Solid(_row, _coverage, new PremulRgba8(100, 50, 25, 180), SimdLevel.Current);
        }
    }

    /// <summary>The inside of a translucent shape: one coverage value for the whole run.</summary>
    [Benchmark]
    public void SourceOverConstantRun()
    {
        for (int r = 0; r < 64; r++)
        {
            SourceOverKernels.SolidConstant(_row, 200, new PremulRgba8(100, 50, 25, 180), SimdLevel.Current);
        }
    }
}

/// <summary>Scene preparation alone (flattening into arenas, paints, bounds): the per-frame set-up before any
/// pixel is touched, for the carpet scene's many small paths.</summary>
public class PrepareBenchmarks
{
    private Scene _carpet = null!;

    [GlobalSetup]
    public void Setup() => _carpet = StageScenes.Carpet();

    [Benchmark]
    public int Carpet() => PreparedScene.Build(_carpet, StageScenes.Size, StageScenes.Size, Flattener.DefaultTolerance, 1).Ops.Length;
}

/// <summary>PNG encoding of a rendered 2048² picture at zlib level 6 (adaptive filters).</summary>
public class PngBenchmarks
{
    private Pixmap _pixmap = null!;

    [GlobalSetup]
    public void Setup() => _pixmap = SceneRenderer.Render(StageScenes.Brush(), StageScenes.Size, StageScenes.Size);

    [Benchmark]
    public long Encode()
    {
        using var ms = new System.IO.MemoryStream();
        PngEncoder.Encode(_pixmap, ms);
        return ms.Length;
    }
}

/// <summary>Scene → pixels, the whole renderer, one and two threads.</summary>
public class EndToEndBenchmarks
{
    private Scene _brush = null!;
    private Pixmap _target = null!;

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _brush = StageScenes.Brush();
        _target = new Pixmap(StageScenes.Size, StageScenes.Size);
    }

    [Benchmark]
    public void RenderBrush() => SceneRenderer.Render(_brush, _target, new RenderOptions { Threads = Threads });
}
