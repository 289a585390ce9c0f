using Ornament.Raster;

namespace Ornament.Paint;

/// <summary>Renders a <see cref="Scene"/> into pixels: every path is flattened once (stroked first when asked),
/// then rasterized and composited item by item. The scene's user space is scaled onto the pixmap (like an SVG
/// viewBox with <c>preserveAspectRatio="none"</c>). With <see cref="RenderOptions.Threads"/> &gt; 1 horizontal
/// bands are rendered in parallel; the bytes are the same for every thread count.</summary>
public static class SceneRenderer
{
    /// <summary>Rows per parallel band at least (a multiple of the rasterizer's band).</summary>
    private const int MinParallelBand = 64;

    /// <summary>Renders into a new pixmap of <paramref name="width"/> × <paramref name="height"/>.</summary>
    /// <param name="scene">What to draw.</param>
    /// <param name="width">Pixmap width in pixels.</param>
    /// <param name="height">Pixmap height in pixels.</param>
    /// <param name="options">Threads and tolerance (null = defaults).</param>
    /// <returns>The premultiplied picture.</returns>
    public static Pixmap Render(Scene scene, int width, int height, RenderOptions? options = null)
    {
        var pixmap = new Pixmap(width, height);
        Render(scene, pixmap, options);
        return pixmap;
    }

    /// <summary>Renders into <paramref name="target"/>, replacing its content.</summary>
    /// <param name="scene">What to draw.</param>
    /// <param name="target">The pixmap painted; its size is the device size.</param>
    /// <param name="options">Threads and tolerance (null = defaults).</param>
    public static void Render(Scene scene, Pixmap target, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(target);
        options ??= RenderOptions.Default;
        int threads = Math.Max(1, options.Threads);
        var prepared = PreparedScene.Build(scene, target.Width, target.Height, options.Tolerance, threads);
        var surface = new Surface(target.Buffer, target.Stride, new PixelRect(0, 0, target.Width, target.Height));
        try
        {
            RenderRows(prepared, surface, 0, target.Height, threads, Simd(options));
        }
        finally
        {
            prepared.Release();
        }
    }

    /// <summary>Renders a <paramref name="width"/> × <paramref name="height"/> picture band after band, so a huge
    /// image never has to be held whole: each band is handed to <paramref name="consume"/> with the device row of
    /// its first line, top to bottom. Every band is byte-identical to the same rows of <see cref="Render(Scene, int, int, RenderOptions?)"/>.</summary>
    /// <param name="scene">What to draw.</param>
    /// <param name="width">Picture width in pixels.</param>
    /// <param name="height">Picture height in pixels.</param>
    /// <param name="bandHeight">Rows per band (the last band may be shorter).</param>
    /// <param name="consume">Receives each band and its first row. The band pixmap is reused for the next band
    /// (the shorter last band has its own), so copy what must outlive the call.</param>
    /// <param name="options">Threads and tolerance (null = defaults); threads split each band.</param>
    /// <exception cref="ArgumentOutOfRangeException">A size is not positive.</exception>
    public static void RenderBands(Scene scene, int width, int height, int bandHeight, Action<Pixmap, int> consume, RenderOptions? options = null) =>
        RenderBands(scene, width, height, bandHeight, consume, options, overlap: false);

    /// <summary>Like <see cref="RenderBands(Scene, int, int, int, Action{Pixmap, int}, RenderOptions?)"/>; with
    /// <paramref name="overlap"/> and more than one thread, <paramref name="consume"/> runs on another thread while
    /// the next band renders (into a second band pixmap), still one call at a time, top to bottom. A consumer that
    /// takes long (a PNG encoder filtering and deflating the band) then fills the gaps where a band's last parallel
    /// slices leave a core idle, instead of stopping both.</summary>
    /// <remarks>The first exception of a consumer is rethrown as it is, after the band in flight has rendered.</remarks>
    internal static void RenderBands(Scene scene, int width, int height, int bandHeight, Action<Pixmap, int> consume, RenderOptions? options, bool overlap)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(consume);
        if (width <= 0 || height <= 0 || width > Pixmap.MaxDimension || height > Pixmap.MaxDimension)
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"Picture size {width}×{height} is out of range (1…{Pixmap.MaxDimension}).");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bandHeight);
        options ??= RenderOptions.Default;
        int threads = Math.Max(1, options.Threads);
        var simd = Simd(options);
        var prepared = PreparedScene.Build(scene, width, height, options.Tolerance, threads);
        bandHeight = Math.Min(bandHeight, height);
        overlap &= threads > 1 && height > bandHeight;

        // Two band pixmaps when overlapping: band k renders into one while the consumer still reads band k − 1 from
        // the other. The shorter last band has its own.
        var full = new[] { new Pixmap(width, bandHeight), overlap ? new Pixmap(width, bandHeight) : null };
        Pixmap? last = null;
        Task? pending = null;
        try
        {
            int k = 0;
            for (int y0 = 0; y0 < height; y0 += bandHeight, k++)
            {
                int rows = Math.Min(bandHeight, height - y0);
                var pm = rows == bandHeight ? full[overlap ? k & 1 : 0]! : (last ??= new Pixmap(width, rows));
                var surface = new Surface(pm.Buffer, pm.Stride, new PixelRect(0, y0, width, y0 + rows));
                RenderRows(prepared, surface, y0, y0 + rows, threads, simd);
                if (!overlap)
                {
                    consume(pm, y0);
                    continue;
                }

                // The previous band must be consumed before this one is handed over (order), and before its pixmap
                // is rendered into again (the next iteration).
                pending?.GetAwaiter().GetResult();
                pending = null;
                int bandY = y0;
                pending = Task.Run(() => consume(pm, bandY));
            }

            pending?.GetAwaiter().GetResult();
            pending = null;
        }
        finally
        {
            // On an exception elsewhere, let a consumer still running finish before its pixmap goes away.
            if (pending is not null)
            {
                try
                {
                    pending.Wait();
                }
                catch (AggregateException)
                {
                    // The first exception is the one already propagating.
                }
            }

            prepared.Release();
        }
    }

    private static SimdWidth Simd(RenderOptions options) => options.Simd ?? SimdLevel.Current;

    private static void RenderRows(PreparedScene scene, Surface surface, int y0, int y1, int threads, SimdWidth simd)
    {
        int width = scene.Width;
        int rows = y1 - y0;
        bool parallel = threads > 1 && rows > MinParallelBand;
        if (!parallel && rows <= CachedRows(width))
        {
            new RenderWorker(width, simd).Render(scene, surface, new PixelRect(0, y0, width, y1));
            return;
        }

        // Top-level ops are binned by their vertical extent once, so a band visits only the ops that reach it, in
        // scene order. Threads take the bands top to bottom from a shared counter; the bands shrink towards the
        // bottom (see BandStarts), so the last ones even out what the threads were given before.
        // One thread renders band after band too, each band the rows a core's cache holds: path after path over the
        // whole picture would stream it through memory for each large path (the curves scene: 200 translucent paths
        // each covering half the canvas) and scatter small ones over a picture far larger than the cache; in a band
        // the pixels stay cached across all the paths that reach it. Each path is re-edged once per band it spans,
        // which is cheap next to the pixels it composites (interleaved one-thread A/B, min of 5 frames, 10 pairs:
        // brush, tiny and carpet 4–20 % faster in 8 of 10 pairs on a noisy machine).
        var starts = parallel ? BandStarts(scene.Ops, width, rows, threads) : EvenStarts(rows, CachedRows(width));
        int bands = starts.Length - 1;
        var (binStart, binItems) = BinOps(scene.Ops, y0, y1, starts, threads);
        int next = -1;
        void Work()
        {
            var worker = new RenderWorker(width, simd);
            for (int b = Interlocked.Increment(ref next); b < bands; b = Interlocked.Increment(ref next))
            {
                var items = binItems.AsSpan(binStart[b], binStart[b + 1] - binStart[b]);
                worker.Render(scene, surface, new PixelRect(0, y0 + starts[b], width, y0 + starts[b + 1]), items);
            }
        }

        if (!parallel)
        {
            Work();
            return;
        }

        // One loop per thread (a loop run after another finds no band left and ends at once).
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ => Work());
    }

    // Bands of `band` rows (the last one shorter) over `rows` rows: their first rows, then the row count.
    private static int[] EvenStarts(int rows, int band)
    {
        var starts = new int[((rows + band - 1) / band) + 1];
        for (int b = 0; b + 1 < starts.Length; b++)
        {
            starts[b] = b * band;
        }

        starts[^1] = rows;
        return starts;
    }

    /// <summary>Bytes of pixels in a band that a core's L2 cache holds with room to spare.</summary>
    private const int SmallOpBandBytes = 2 << 20;

    /// <summary>Rows of a band of <paramref name="width"/> pixels that fit <see cref="SmallOpBandBytes"/> (at least
    /// <see cref="MinParallelBand"/>, a multiple of the rasterizer's band).</summary>
    internal static int CachedRows(int width) =>
        Math.Max(MinParallelBand, SmallOpBandBytes / Math.Max(1, width * 4) / Rasterizer.BandHeight * Rasterizer.BandHeight);

    /// <summary>Ops sampled for the mean height that picks the band sizes.</summary>
    private const int HeightSamples = 4096;

    // Band boundaries (row offsets from the first row, multiples of the rasterizer's 16-row band; the last is the
    // row count). Bands start at about eight per thread, at least 64 rows, so that paths spanning several bands are
    // not re-edged too often. When the ops are short against that (the tiny scene: 10⁵ paths of a few pixels),
    // re-edging costs little, so the bands are capped to what a core's L2 cache holds (the pixels of the band stay
    // cached while its ops land all over it), and the bands shrink towards the bottom — each a quarter of the rows
    // left per thread — down to four mean op heights: the thread that finishes first no longer waits a whole
    // band's time for the other. Any layout gives the same bytes (a pixel never depends on its band).
    private static int[] BandStarts(OpRef[] ops, int width, int rows, int threads)
    {
        const int g = Rasterizer.BandHeight;
        static int RoundUp(int v) => (v + g - 1) / g * g;
        int bh = RoundUp(Math.Max(MinParallelBand, (rows + (threads * 8) - 1) / (threads * 8)));
        int maxBand = bh, minBand = bh;
        double mean = MeanHeight(ops);
        if (mean * 8 <= bh)
        {
            maxBand = Math.Clamp(CachedRows(width), MinParallelBand, bh);
            minBand = Math.Clamp(RoundUp((int)Math.Ceiling(mean * 4)), 2 * g, maxBand);
        }

        var starts = new List<int> { 0 };
        for (int y = 0; y < rows;)
        {
            int size = Math.Clamp(RoundUp((rows - y) / (threads * 4)), minBand, maxBand);
            y = Math.Min(rows, y + size);
            starts.Add(y);
        }

        return [.. starts];
    }

    /// <summary>The mean height of (up to <see cref="HeightSamples"/> evenly spread) drawn ops; 0 when none.</summary>
    internal static double MeanHeight(OpRef[] ops)
    {
        int step = Math.Max(1, ops.Length / HeightSamples);
        long sum = 0;
        int n = 0;
        for (int i = 0; i < ops.Length; i += step)
        {
            var b = ops[i].Bounds;
            if (!b.IsEmpty)
            {
                sum += b.Height;
                n++;
            }
        }

        return n == 0 ? 0 : (double)sum / n;
    }

    /// <summary>Top-level ops binned together by one thread (counted, then written).</summary>
    private const int BinChunk = 4096;

    // CSR bins: for band b, the indices of the top-level ops whose bounds meet its rows, ascending. Counted and
    // written in parallel chunks of ops: chunk c writes band b's entries after those of chunks before it, so the
    // result is the same for every thread count.
    private static (int[] Start, int[] Items) BinOps(OpRef[] ops, int y0, int y1, int[] starts, int threads)
    {
        int bands = starts.Length - 1;

        // The band of each 16-row granule (band boundaries are granule boundaries).
        int rows = y1 - y0;
        var bandOf = new int[(rows + Rasterizer.BandHeight - 1) / Rasterizer.BandHeight];
        for (int b = 0; b < bands; b++)
        {
            for (int r = starts[b]; r < starts[b + 1]; r += Rasterizer.BandHeight)
            {
                bandOf[r / Rasterizer.BandHeight] = b;
            }
        }

        (int First, int Last) BandRange(PixelRect r)
        {
            int top = Math.Max(r.Y0, y0), bottom = Math.Min(r.Y1, y1);
            if (r.IsEmpty || top >= bottom)
            {
                return (0, -1);
            }

            return (bandOf[(top - y0) / Rasterizer.BandHeight], bandOf[(bottom - 1 - y0) / Rasterizer.BandHeight]);
        }

        int chunks = Math.Max(1, (ops.Length + BinChunk - 1) / BinChunk);
        var counts = new int[chunks * bands];
        void Count(int c)
        {
            var row = counts.AsSpan(c * bands, bands);
            int end = Math.Min(ops.Length, (c + 1) * BinChunk);
            for (int i = c * BinChunk; i < end; i++)
            {
                var (b0, b1) = BandRange(ops[i].Bounds);
                for (int b = b0; b <= b1; b++)
                {
                    row[b]++;
                }
            }
        }

        Chunks.For(chunks, threads, Count);

        // counts[c, b] becomes the first slot of chunk c's entries in band b.
        var start = new int[bands + 1];
        int total = 0;
        for (int b = 0; b < bands; b++)
        {
            start[b] = total;
            for (int c = 0; c < chunks; c++)
            {
                int n = counts[(c * bands) + b];
                counts[(c * bands) + b] = total;
                total += n;
            }
        }

        start[bands] = total;
        var items = GC.AllocateUninitializedArray<int>(total);
        void Fill(int c)
        {
            var next = counts.AsSpan(c * bands, bands);
            int end = Math.Min(ops.Length, (c + 1) * BinChunk);
            for (int i = c * BinChunk; i < end; i++)
            {
                var (b0, b1) = BandRange(ops[i].Bounds);
                for (int b = b0; b <= b1; b++)
                {
                    items[next[b]++] = i;
                }
            }
        }

        Chunks.For(chunks, threads, Fill);
        return (start, items);
    }
}
