using System.Diagnostics;
using System.IO;
using Ornament.Paint;

namespace Ornament.Encode;

/// <summary>Renders a scene band by band straight into the PNG stream, so the whole picture is never held: memory is
/// two bands (<see cref="RowsFor"/> rows each, at most 8 MiB unless 256 rows need more: one renders while the encoder
/// filters and deflates the other) plus the encoder's few rows, whatever the height. The file is byte-identical
/// to rendering the whole pixmap and encoding it (same pixels per row, same colour type, same filters per row).</summary>
/// <remarks>The colour type (RGB or RGBA) precedes the pixels, and the whole-image path picks RGB exactly when every
/// pixel is opaque. With an opaque background every pixel stays opaque: each blend mode's alpha is
/// <c>sa + (255·(255 − sa))/255 = 255</c> over an opaque destination, so RGB is known up front. Without one the
/// opacity is only known after rendering: small pictures are encoded as RGB into a buffer alongside the render and
/// rendered again whole for RGBA only if a pixel turns out not to be opaque, large ones are
/// rendered twice — a first pass that only checks alpha band by band, then the streamed pass — trading time for
/// memory. Measured peaks (VmHWM, 2 threads): 8192² felt 121 MiB, 8192² landscape 91 MiB, 20000² felt 215 MiB,
/// 20000² landscape 160 MiB. The render command's --max-pixels default (100 M) still applies — it also bounds the
/// render time — so a 20000² PNG needs <c>--max-pixels 400000000</c>.</remarks>
internal static class StreamedPng
{
    /// <summary>Rows per band at least: with 2+ threads each band still splits into parallel 64-row slices, and a
    /// 20000-pixel-wide band is 20 MB.</summary>
    public const int BandRows = 256;

    /// <summary>Bytes of one band that narrower pictures may use for taller bands (up to <see cref="MaxBandRows"/>).</summary>
    private const int BandBytes = 8 << 20;

    /// <summary>Rows per band at most.</summary>
    private const int MaxBandRows = 1024;

    /// <summary>Rows per band for a picture <paramref name="width"/> wide: <see cref="BandRows"/>, or more (in
    /// 64-row steps) while a band stays within 8 MiB. A taller band splits into more parallel slices, so threads
    /// wait less for the slowest slice of each band (a 4K band of 512 rows: eight 64-row slices for two threads).</summary>
    internal static int RowsFor(int width) => Math.Clamp(BandBytes / Math.Max(1, width * 4) / 64 * 64, BandRows, MaxBandRows);

    /// <summary>Pictures of at most this many pixels without an opaque background are rendered whole (256 MiB).</summary>
    public const long WholeRenderPixels = 64L << 20;

    /// <summary>True when <see cref="Write"/> will stream rather than render the whole picture.</summary>
    public static bool Streams(Scene scene, int width, int height, long wholeRenderPixels = WholeRenderPixels) =>
        scene.Background is { A: 255 } || (long)width * height > wholeRenderPixels;

    /// <summary>Writes <paramref name="scene"/> at <paramref name="width"/> × <paramref name="height"/> as PNG.</summary>
    /// <param name="scene">What to draw.</param>
    /// <param name="width">Pixel width.</param>
    /// <param name="height">Pixel height.</param>
    /// <param name="render">Threads and tolerance (the bytes do not depend on threads); null = defaults.</param>
    /// <param name="options">PNG options (text chunks, dpi, level).</param>
    /// <param name="output">Receives the PNG bytes (left open).</param>
    /// <param name="wholeRenderPixels">Size up to which a scene without an opaque background is rendered whole
    /// (tests lower it to exercise the two-pass path on small pictures).</param>
    /// <param name="bandRows">Rows per band; null = <see cref="RowsFor"/> (tests lower it to stream many bands).</param>
    public static void Write(Scene scene, int width, int height, RenderOptions? render, PngEncodeOptions options, Stream output, long wholeRenderPixels = WholeRenderPixels, int? bandRows = null)
    {
        int rows = bandRows ?? RowsFor(width);
        render ??= new RenderOptions();
        var times = PngStageTimes.Current;
        long start = Stopwatch.GetTimestamp(), encode = 0;
        if (!Streams(scene, width, height, wholeRenderPixels))
        {
            // Opacity is known only after rendering, but scenes that cover their canvas (a painterly landscape has
            // no background) are the rule: encode as RGB band by band alongside the render into a buffer, and only
            // if a band turns out not to be opaque render again whole and encode that as RGBA. Either way
            // the bytes are those of encoding the whole pixmap.
            using var buffer = new MemoryStream();
            bool opaque = true;
            using (var speculative = new PngStreamWriter(buffer, width, height, opaque: true, options))
            {
                SceneRenderer.RenderBands(
                    scene,
                    width,
                    height,
                    rows,
                    (band, _) =>
                    {
                        // After a band with a non-opaque pixel the rest is rendered for nothing: rare (a scene
                        // without background that leaves pixels uncovered), and such a picture is small. Dropping
                        // the alpha checks it (no separate pass over the band).
                        if (opaque)
                        {
                            encode += Timed(() => opaque = speculative.TryWriteRows(band));
                        }
                    },
                    render,
                    overlap: true);
                if (opaque)
                {
                    encode += Timed(speculative.Finish);
                }
            }

            if (opaque)
            {
                buffer.WriteTo(output);
            }
            else
            {
                var pixmap = SceneRenderer.Render(scene, width, height, render);
                long rendered = Stopwatch.GetTimestamp();
                PngEncoder.Encode(pixmap, output, options);
                encode = Stopwatch.GetTimestamp() - rendered;
            }
        }
        else
        {
            bool opaque = scene.Background is { A: 255 } || IsOpaque(scene, width, height, render, rows);
            using var writer = new PngStreamWriter(output, width, height, opaque, options);

            // The encoder takes each band on another thread while the next one renders (same bytes, in order).
            SceneRenderer.RenderBands(
                scene,
                width,
                height,
                rows,
                (band, _) => encode += Timed(() => writer.WriteRows(band)),
                render,
                overlap: true);
            encode += Timed(writer.Finish);
        }

        if (times is not null)
        {
            times.Write = PngStageTimes.Span(Stopwatch.GetTimestamp() - start);
            times.Encode = PngStageTimes.Span(encode);
        }
    }

    // Stopwatch ticks spent in one encoder call (for --verbose's "PNG encoding busy" figure).
    private static long Timed(Action encode)
    {
        long t = Stopwatch.GetTimestamp();
        encode();
        return Stopwatch.GetTimestamp() - t;
    }

    private static bool IsOpaque(Scene scene, int width, int height, RenderOptions render, int rows)
    {
        bool opaque = true;
        SceneRenderer.RenderBands(scene, width, height, rows, (band, _) => opaque &= band.IsOpaque, render);
        return opaque;
    }
}
