using BenchmarkDotNet.Attributes;
using Ornament.Geometry;
using Ornament.Paint;
using Ornament.Raster;

namespace Ornament.Benchmarks;

/// <summary>Short anti-aliased edge spans (1–3 pixels, the bulk of the calls on scenes of many small opaque
/// polygons) through the solid source-over kernel: what the per-call and per-pixel tail cost is.</summary>
public class ShortSpanBenchmarks
{
    private readonly byte[] _row = new byte[4096 * 4];
    private readonly byte[] _coverage = new byte[4096];

    [GlobalSetup]
    public void Setup()
    {
        for (int i = 0; i < _coverage.Length; i++)
        {
            _coverage[i] = (byte)(i % 5 == 0 ? 255 : (i * 37) & 255);
        }
    }

    /// <summary>1000 spans of 1, 2 or 3 pixels, opaque colour.</summary>
    [Benchmark]
    public void OpaqueEdges() => Spans(new PremulRgba8(100, 50, 25, 255));

    /// <summary>The same spans with a translucent colour (no plain stores).</summary>
    [Benchmark]
    public void TranslucentEdges() => Spans(new PremulRgba8(70, 35, 17, 180));

    private void Spans(PremulRgba8 c)
    {
        var simd = SimdLevel.Current;
        int x = 0;
        for (int s = 0; s < 1000; s++)
        {
            int len = 1 + (s % 3);
            SourceOverKernels.Solid(_row.AsSpan(x * 4, len * 4), _coverage.AsSpan(x, len), c, simd);
            x = (x + len + 1) & 2047;
        }
    }
}

/// <summary>Gradient spans: shading (the gradient parameter per pixel and the table lookup) plus source-over
/// through coverage, a 2048-pixel row of anti-aliased coverage, and a fully covered opaque run (shaded straight
/// into the row).</summary>
public class GradientSpanBenchmarks
{
    private readonly byte[] _row = new byte[2048 * 4];
    private readonly byte[] _scratch = new byte[2048 * 4];
    private readonly byte[] _coverage = new byte[2048];
    private GradientShader _linear = null!, _radial = null!;

    [GlobalSetup]
    public void Setup()
    {
        for (int i = 0; i < _coverage.Length; i++)
        {
            _coverage[i] = (byte)((i / 7) % 3 == 0 ? 255 : (i * 37) & 255);
        }

        GradientStop[] stops = [new(0, new Rgba8(200, 30, 40)), new(0.5, new Rgba8(20, 160, 90)), new(1, new Rgba8(240, 220, 30))];
        var t = Affine.Rotate(0.3, new Vec2(1024, 1024));
        _linear = GradientShader.Create(new LinearGradient(new Vec2(0, 0), new Vec2(2048, 300), stops), stops, t, 1)!;
        _radial = GradientShader.Create(new RadialGradient(new Vec2(1024, 1024), 900, stops, new Vec2(800, 900)), stops, t, 1)!;
    }

    [Benchmark]
    public void LinearCoverageRow() => Rows(_linear, constant: false);

    [Benchmark]
    public void RadialCoverageRow() => Rows(_radial, constant: false);

    [Benchmark]
    public void LinearOpaqueRun() => Rows(_linear, constant: true);

    [Benchmark]
    public void RadialOpaqueRun() => Rows(_radial, constant: true);

    private void Rows(GradientShader shader, bool constant)
    {
        var simd = SimdLevel.Current;
        for (int y = 0; y < 16; y++)
        {
            if (constant)
            {
                GradientSpan.SourceOverConstant(_row, _scratch, shader, y, 0, 255, simd);
            }
            else
            {
                GradientSpan.SourceOver(_row, _scratch, shader, y, 0, _coverage, simd);
            }
        }
    }
}
