using System.IO;
using BenchmarkDotNet.Attributes;
using Ornament.Encode;
using Ornament.Generators.Recipes;
using Ornament.Paint;

namespace Ornament.Benchmarks;

/// <summary>The painterly landscape of issue 5's speed target, stage by stage: the Tian Shan recipe at density 10
/// (≈ 160,000 strokes — the stroke set does not depend on the pixel size) built into a scene, rendered, and encoded
/// as PNG. Rendered at 1920×1080 to keep a benchmark run short; the CLI command of the README renders it at
/// 3840×2160. Two threads, as on the target machine.</summary>
public class LandscapeBenchmarks
{
    private const int Width = 1920, Height = 1080;
    private static readonly RenderOptions TwoThreads = new() { Threads = 2 };

    private Recipe _recipe = null!;
    private Scene _scene = null!;
    private Pixmap _pixmap = null!;

    [GlobalSetup]
    public void Setup()
    {
        _recipe = RecipeBuilder.FromText(
            "the Tian Shan above Almaty in spring",
            overrides: ["mode=landscape", "landscape.scene=mountains", "landscape.style=painterly", "landscape.density=10", $"width={Width}", $"height={Height}"]);
        _scene = RecipeScene.Build(_recipe);
        _pixmap = SceneRenderer.Render(_scene, Width, Height, TwoThreads);
    }

    /// <summary>Recipe → scene: world, clean layers, painterly strokes merged into colour buckets.</summary>
    [Benchmark]
    public int BuildScene() => RecipeScene.Build(_recipe).Items.Count;

    /// <summary>Scene → pixels.</summary>
    [Benchmark]
    public void Render() => SceneRenderer.Render(_scene, _pixmap, TwoThreads);

    /// <summary>Pixels → PNG (zlib level 6, adaptive filters, the block trial).</summary>
    [Benchmark]
    public long EncodePng()
    {
        using var ms = new MemoryStream();
        PngEncoder.Encode(_pixmap, ms);
        return ms.Length;
    }
}
