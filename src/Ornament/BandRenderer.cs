using Ornament.Paint;

namespace Ornament;

/// <summary>Renders through <see cref="SceneRenderer.RenderBands(Scene, int, int, int, Action{Pixmap, int}, RenderOptions?)"/> so that a long render can report progress and
/// stop between bands; each band is copied into one pixmap. RenderBands guarantees the same bytes as a whole render.</summary>
internal static class BandRenderer
{
    /// <summary>About this many progress reports per render.</summary>
    private const int Steps = 32;

    /// <summary>Band rows at least: enough for every thread to get a parallel slice of 64 rows (the renderer's
    /// own minimum), in multiples of the rasterizer's 16-row band.</summary>
    internal static int BandHeight(int height, int threads)
    {
        int rows = Math.Max(64 * threads, (height + Steps - 1) / Steps);
        return (rows + 15) / 16 * 16;
    }

    public static Pixmap Render(Scene scene, int width, int height, RenderSettings settings, IProgress<double>? progress, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var target = new Pixmap(width, height);
        SceneRenderer.RenderBands(
            scene,
            width,
            height,
            BandHeight(height, settings.Threads),
            (band, y0) =>
            {
                band.ReadOnlyData.CopyTo(target.Data.Slice(y0 * target.Stride, band.ByteCount));
                progress?.Report((double)(y0 + band.Height) / height);
                ct.ThrowIfCancellationRequested();
            },
            settings.ToRenderOptions());
        return target;
    }
}
