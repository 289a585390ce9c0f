using Ornament.Geometry;
using Ornament.Paint;

namespace Ornament.Generators.Landscape;

/// <summary>Hertzmann-style layered painting of a <see cref="World"/>. The "photo" is the world's analytic colour
/// function sampled on a fixed normalised grid (so the stroke set never depends on the output size); the canvas is
/// tracked on the same grid by stamping each stroke's colour, and a finer brush only paints where that estimate still
/// differs from the reference blurred to the brush size.</summary>
internal sealed class Painterly
{
    /// <summary>Brush radii as fractions of the scene width, largest first.</summary>
    public static readonly double[] RadiusFractions = [1.0 / 26, 1.0 / 52, 1.0 / 104, 1.0 / 208];
    private static readonly int[] MaxLength = [5, 7, 9, 10];
    private static readonly double[] Threshold = [0, 0.045, 0.04, 0.035];
    private const int GridW = 480;
    private const double Curvature = 0.55;

    private readonly World _w;
    private readonly LandscapeOptions _o;
    private readonly Crew _crew;
    private readonly int _gw, _gh;
    private readonly double _cell;
    private readonly float[] _refL, _refA, _refB;
    private readonly byte[] _layer;
    private readonly Cell[] _cells;
    private float[]? _blurTmp, _blurL, _blurA, _blurB;

    public Painterly(World w, LandscapeOptions o, Crew crew)
    {
        _w = w;
        _o = o;
        _crew = crew;
        _gw = GridW;
        _cell = w.W / _gw;
        _gh = (int)Math.Ceiling(w.H / _cell);
        int n = _gw * _gh;
        _refL = new float[n];
        _refA = new float[n];
        _refB = new float[n];
        _layer = new byte[n];
        _cells = new Cell[n];
        // Rows are independent and the colour functions pure: sampling them in parallel gives the same grid. The
        // orientation field is sampled on the same grid (its wobble noise a row at a time by the batch evaluator), so
        // growing a stroke is a table look-up per step.
        crew.Run(_gh, j =>
        {
            double y = (j + 0.5) * _cell;
            Span<float> us = stackalloc float[_gw], vs = stackalloc float[_gw], wob = stackalloc float[_gw];
            for (int i = 0; i < _gw; i++)
            {
                (us[i], vs[i]) = w.WobbleAt((i + 0.5) * _cell, y);
            }

            Noise.NoiseBatch.Sample(w.Noise, us, vs, wob);
            for (int i = 0; i < _gw; i++)
            {
                double x = (i + 0.5) * _cell;
                int li = w.Hit(x, y);
                double a = w.Angle(li, x, y, wob[i]);
                var c = w.Layers[li].Color(x, y);
                int k = (j * _gw) + i;
                _cells[k] = new Cell { CanL = float.NaN, DirX = (float)Math.Cos(a), DirY = (float)Math.Sin(a) };
                _layer[k] = (byte)li;
                _refL[k] = (float)c.L;
                _refA[k] = (float)c.A;
                _refB[k] = (float)c.B;
            }
        });
    }

    public int Strokes { get; private set; }

    /// <summary>Bristle lanes painted (thin lighter or darker strokes inside the brush strokes; not counted in
    /// <see cref="Strokes"/>).</summary>
    public int BristleLanes { get; private set; }

    /// <summary>A bristle lane's radius as a fraction of its stroke's.</summary>
    private const double LaneWidth = 0.14;

    /// <summary>Bristle lanes per stroke of a pass of radius r (scene units; 1000 per picture height): two where a
    /// lane's radius is at least a scene unit (a lane over 4 px across at 2160 px), one where it is at least half
    /// that, none below. A lane costs the rasterizer about as much as a stroke (its outline is as long), and the finest lanes
    /// at density 10 are under a pixel wide at 4K: they cost a third of the render and do not show.</summary>
    internal static int LaneCount(double r) => LaneWidth * r >= 1.0 ? 2 : LaneWidth * r >= 0.5 ? 1 : 0;

    /// <summary>Strokes painted in each pass.</summary>
    public int[] PassStrokes { get; } = new int[RadiusFractions.Length];

    /// <summary>Paints every pass into <paramref name="buckets"/>; group id = pass·32 + layer index.</summary>
    /// <remarks>As in Hertzmann's paper, strokes are planned against the canvas as it stood before them and painted
    /// afterwards in the planned (randomised) order; here the plan is made a chunk of cells at a time, in parallel. Every
    /// cell draws from its own random stream (seeded by pass and cell), and the chunks are fixed, so the strokes do not
    /// depend on the thread count.</remarks>
    public void Paint(StrokeBuckets buckets)
    {
        var rng = _o.Seed.Random("strokes");
        ulong seed = rng.NextULong();
        int maxPts = MaxLength.Max() + 1;
        var plans = new Plan[Chunk];

        // Per planned stroke three runs of maxPts points: the centreline and its two bristle lanes.
        var points = new Vec2[Chunk * 3 * maxPts];
        for (int pass = 0; pass < RadiusFractions.Length; pass++)
        {
            // Density buys finer brushwork, not overpainting: the detail brushes shrink by 1/√Density, so their
            // count grows about ×Density while the painted area (and so the render time) stays about the same. The
            // underpainting is unchanged: it must cover the canvas once, and more of it would only bury itself.
            double d = Math.Max(0.25, _o.Density);
            double r = RadiusFractions[pass] * _w.W / (pass == 0 ? 1 : Math.Sqrt(Math.Max(1, d)));
            Blur(Math.Max(0, (int)Math.Round(0.5 * r / _cell)));
            double spacing = 0.85 * r / (pass == 0 || d >= 1 ? 1 : Math.Sqrt(d));
            double threshold = Threshold[pass] / Math.Pow(Math.Max(1, d), 0.2);
            int nx = (int)Math.Ceiling(_w.W / spacing), ny = (int)Math.Ceiling(_w.H / spacing);
            // Visit cells in a seeded random order (Hertzmann randomises stroke order).
            var order = new int[nx * ny];
            for (int i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            for (int i = order.Length - 1; i > 0; i--)
            {
                int j = rng.Next(0, i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }

            int before = Strokes;
            int p = pass;
            int lanes = _o.Bristles && pass >= 1 ? LaneCount(r) : 0;
            for (int c0 = 0; c0 < order.Length; c0 += Chunk)
            {
                int n = Math.Min(Chunk, order.Length - c0);
                int from = c0;

                // Planning (and the bristle lanes, which depend on the stroke alone) in parallel; each cell has its
                // own random streams, so the plans do not depend on the thread count.
                _crew.RunBlocks(n, PlanBlock, (start, end) =>
                {
                    for (int k = start; k < end; k++)
                    {
                        if (k + PrefetchAhead < end)
                        {
                            Prefetch(order[from + k + PrefetchAhead], nx, spacing);
                        }

                        int cellIndex = order[from + k];
                        var cr = new StrokeRandom(seed, p, cellIndex);
                        var into = points.AsSpan(k * 3 * maxPts, 3 * maxPts);
                        var plan = PlanStroke(p, cellIndex % nx, cellIndex / nx, spacing, r, threshold, ref cr, into[..maxPts]);
                        if (lanes > 0 && plan.Count > 1)
                        {
                            var br = new StrokeRandom(~seed, p, cellIndex);
                            Lanes(into[..plan.Count], plan.R, ref br, into.Slice(maxPts, plan.Count), into.Slice(2 * maxPts, plan.Count));
                        }

                        plans[k] = plan.Count > 0 ? WithRows(plan, into[..plan.Count]) : plan;
                    }
                });

                // The strokes go into the buckets in plan order (item 0, on one thread) while the canvas estimate is
                // stamped beside it. Each cell ends with the colour of the last stroke covering it, so horizontal
                // slices of the grid are stamped in parallel (each slice in plan order: the same canvas for any
                // thread count and any slicing).
                _crew.Run(1 + StampSlices, item =>
                {
                    if (item == 0)
                    {
                        Record(buckets, plans.AsSpan(0, n), points, maxPts, p, lanes, order.AsSpan(from, n));
                        return;
                    }

                    int slice = item - 1;
                    int rowLo = slice * _gh / StampSlices, rowHi = (slice + 1) * _gh / StampSlices;
                    for (int k = 0; k < n; k++)
                    {
                        var plan = plans[k];
                        if (plan.Count > 0 && plan.RowHi >= rowLo && plan.RowLo < rowHi)
                        {
                            Stamp(points.AsSpan(k * 3 * maxPts, plan.Count), plan.R, StrokeBuckets.Quantise(plan.Estimate), rowLo, rowHi);
                        }
                    }
                });
            }

            PassStrokes[pass] = Strokes - before;
        }
    }

    /// <summary>Cells planned per chunk: strokes are planned against the canvas as it stood before the chunk.</summary>
    private const int Chunk = 2048;

    /// <summary>Cells ahead whose first canvas cell is prefetched while one is planned (cells are visited in random
    /// order: without it nearly every plan starts with a cache miss).</summary>
    private const int PrefetchAhead = 4;

    /// <summary>Asks the processor for the canvas cell where <see cref="Worst"/> will start for this stroke cell (a
    /// hint only: it changes no result).</summary>
    private unsafe void Prefetch(int cellIndex, int nx, double spacing)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            int i = Math.Clamp((int)(cellIndex % nx * spacing / _cell), 0, _gw - 1), j = Math.Clamp((int)(cellIndex / nx * spacing / _cell), 0, _gh - 1);
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(System.Runtime.CompilerServices.Unsafe.AsPointer(ref _cells[(j * _gw) + i]));
        }
    }

    /// <summary>Cells planned per claimed item of the crew.</summary>
    private const int PlanBlock = 32;

    /// <summary>Adds one chunk's planned strokes (and their bristle lanes) to the buckets, in plan order.</summary>
    private void Record(StrokeBuckets buckets, ReadOnlySpan<Plan> plans, Vec2[] points, int maxPts, int pass, int lanes, ReadOnlySpan<int> cells)
    {
        for (int k = 0; k < plans.Length; k++)
        {
            var plan = plans[k];
            if (plan.Count == 0)
            {
                continue;
            }

            int group = (pass * 32) + plan.Layer;
            var span = points.AsSpan(k * 3 * maxPts, plan.Count);
            buckets.AddStroke(group, plan.Color, span, plan.R);
            if (lanes > 0 && plan.Count > 1)
            {
                // One lane: the lighter on odd cells, the darker on even ones (a fixed choice per cell).
                var q = StrokeBuckets.Quantise(plan.Color);
                int cellIndex = cells[k];
                if (lanes == 2 || (cellIndex & 1) == 1)
                {
                    buckets.AddStroke(group, Colour.Lighten(q, 0.045), points.AsSpan(((k * 3) + 1) * maxPts, plan.Count), plan.R * LaneWidth);
                    BristleLanes++;
                }

                if (lanes == 2 || (cellIndex & 1) == 0)
                {
                    buckets.AddStroke(group, Colour.Lighten(q, -0.04), points.AsSpan(((k * 3) + 2) * maxPts, plan.Count), plan.R * LaneWidth);
                    BristleLanes++;
                }
            }

            Strokes++;
        }
    }

    /// <summary>The plan with the canvas rows its stamp can touch: every row a segment's stamp visits lies in
    /// [(int)((min y − r)/cell), (int)((max y + r)/cell)] (the same expressions over all the points), so a slice outside
    /// it is skipped without looking at the segments.</summary>
    private Plan WithRows(Plan plan, ReadOnlySpan<Vec2> pts)
    {
        double y0 = double.MaxValue, y1 = double.MinValue;
        foreach (var q in pts)
        {
            y0 = Math.Min(y0, q.Y);
            y1 = Math.Max(y1, q.Y);
        }

        return plan with { RowLo = (int)((y0 - plan.R) / _cell), RowHi = (int)((y1 + plan.R) / _cell) };
    }

    /// <summary>Horizontal slices of the canvas grid stamped in parallel.</summary>
    private const int StampSlices = 4;

    /// <summary>A planned stroke: its points, layer, painted colour, the colour the canvas estimate records for it
    /// (the painted colour without the finest pass's extra lightness jitter) and its radius.</summary>
    private readonly record struct Plan(int Count, int Layer, Oklab Color, Oklab Estimate, double R)
    {
        /// <summary>First and last canvas rows the stroke's stamp may touch (see <see cref="WithRows"/>).</summary>
        public int RowLo { get; init; }

        /// <inheritdoc cref="RowLo"/>
        public int RowHi { get; init; }
    }

    // One cell's stroke against the canvas as it stands (read only): start, path, colour and radius; Count 0 = none.
    private Plan PlanStroke(int pass, int cx, int cy, double spacing, double r, double threshold, ref StrokeRandom rng, Span<Vec2> into)
    {
        Vec2 start;
        if (pass == 0)
        {
            // First pass covers everything: start near the cell centre so the round start cap covers the cell.
            start = new Vec2((cx + 0.5 + rng.Range(-0.15, 0.15)) * spacing, (cy + 0.5 + rng.Range(-0.15, 0.15)) * spacing);
        }
        else if (!Worst(cx * spacing, cy * spacing, spacing, threshold, out start))
        {
            return default;
        }

        int count = Grow(start, r, MaxLength[pass], into);
        int layer = _layer[Index(start)];
        var (c, estimate) = Jitter(BlurredAt(start), ref rng, pass == RadiusFractions.Length - 1 ? FinestLightnessJitter / LightnessJitter : 1);
        double rr = r * rng.Range(0.85, 1.1);
        if (pass == 0)
        {
            rr = Math.Max(r, rr);
        }

        return new Plan(count, layer, c, estimate, rr);
    }

    /// <summary>The two bristle lanes of a stroke along <paramref name="pts"/>: its centreline offset to either side
    /// (painted thinner, lighter and darker, by the caller).</summary>
    private static void Lanes(ReadOnlySpan<Vec2> pts, double r, ref StrokeRandom rng, Span<Vec2> lane0, Span<Vec2> lane1)
    {
        for (int k = 0; k < 2; k++)
        {
            var lane = k == 0 ? lane0 : lane1;
            double off = (k == 0 ? -0.45 : 0.4) * r * rng.Range(0.7, 1.1);
            for (int i = 0; i < pts.Length; i++)
            {
                var t = (pts[Math.Min(pts.Length - 1, i + 1)] - pts[Math.Max(0, i - 1)]).Normalized();
                lane[i] = pts[i] + (t.Perpendicular * off);
            }
        }
    }

    /// <summary>Relative lightness jitter of a stroke's colour (OKLCh ΔL, §5.7: 3–6 %).</summary>
    private const double LightnessJitter = 0.05;

    /// <summary>The finest pass paints its lightness jitter larger: at density 10 its strokes carry no bristle
    /// lanes (see <see cref="LaneCount"/>), and the light and dark strokes side by side give back the streaky texture
    /// the lanes gave, at no cost to the renderer. The canvas estimate records the ordinary jitter (as it never
    /// recorded the lanes): the extra is texture, not an error for later strokes to correct — recorded, it raised
    /// the finest pass from 95,000 to 154,000 strokes at density 10.</summary>
    private const double FinestLightnessJitter = 0.09;

    /// <summary>The jittered colour to paint and the colour the canvas estimate records; the lightness jitter of the
    /// painted colour is <paramref name="lightScale"/> times the recorded one.</summary>
    private (Oklab Painted, Oklab Recorded) Jitter(Oklab c, ref StrokeRandom rng, double lightScale)
    {
        double ch = c.Chroma, hue = c.Hue;
        double dc = _o.Vibrant ? rng.Range(-0.06, 0.16) : rng.Range(-0.08, 0.08);
        double dl = rng.Range(-LightnessJitter, LightnessJitter);
        double h = hue + (rng.Range(-4, 4) * Math.PI / 180);
        var recorded = Oklab.FromLch(c.L * (1 + dl), ch * (1 + dc), h);
        return (lightScale == 1 ? recorded : Oklab.FromLch(c.L * (1 + (dl * lightScale)), ch * (1 + dc), h), recorded);
    }

    /// <summary>Hertzmann's stroke: step R along the orientation field (sign kept, curvature filtered) until the
    /// maximum length, the layer boundary, or the reference departs from the stroke colour more than from the canvas.</summary>
    private int Grow(Vec2 p, double r, int maxLen, Span<Vec2> pts)
    {
        int count = 0;
        pts[count++] = p;
        int layer = _layer[Index(p)];
        var c = BlurredAt(p);
        Vec2 prev = default;
        for (int i = 1; i <= maxLen; i++)
        {
            ref readonly var cell = ref _cells[Index(p)];
            if (i > 2 && cell.Painted)
            {
                var refc = new Oklab(cell.BL, cell.BA, cell.BB);
                if (Oklab.Distance(refc, c) > Oklab.Distance(refc, new Oklab(cell.CanL, cell.CanA, cell.CanB)))
                {
                    break;
                }
            }

            var d = new Vec2(cell.DirX, cell.DirY);
            if (prev == default)
            {
                // Alternate the initial direction by position so strokes do not all start leftwards.
                if (((int)(p.X / r) & 1) == 1)
                {
                    d = -d;
                }
            }
            else
            {
                if (Vec2.Dot(d, prev) < 0)
                {
                    d = -d;
                }

                d = ((d * Curvature) + (prev * (1 - Curvature))).Normalized();
            }

            var next = p + (d * r);
            if (next.X < -r || next.X > _w.W + r || next.Y < -r || next.Y > _w.H + r)
            {
                break;
            }

            if (_layer[Index(next)] != layer)
            {
                break;
            }

            pts[count++] = next;
            prev = d;
            p = next;
        }

        return count;
    }

    private bool Worst(double x0, double y0, double size, double threshold, out Vec2 at)
    {
        int i0 = Math.Clamp((int)(x0 / _cell), 0, _gw - 1), i1 = Math.Clamp((int)((x0 + size) / _cell), i0 + 1, _gw);
        int j0 = Math.Clamp((int)(y0 / _cell), 0, _gh - 1), j1 = Math.Clamp((int)((y0 + size) / _cell), j0 + 1, _gh);
        int step = Math.Max(1, (i1 - i0) / 4);
        double sum = 0, worst = -1;
        int count = 0, wi = i0, wj = j0;
        for (int j = j0; j < j1; j += step)
        {
            for (int i = i0; i < i1; i += step)
            {
                int k = (j * _gw) + i;
                double e = _cells[k].Painted ? Dist(k) : 1;
                sum += e;
                count++;
                if (e > worst)
                {
                    worst = e;
                    wi = i;
                    wj = j;
                }
            }
        }

        at = new Vec2((wi + 0.5) * _cell, (wj + 0.5) * _cell);
        return count > 0 && sum / count > threshold;
    }

    private double Dist(int k)
    {
        ref readonly var c = ref _cells[k];
        double dl = c.CanL - c.BL, da = c.CanA - c.BA, db = c.CanB - c.BB;
        return Math.Sqrt((dl * dl) + (da * da) + (db * db));
    }

    /// <summary>Marks the canvas cells of rows [rowLo, rowHi) a stroke covers with its colour. Each segment's capsule is convex, so on every
    /// cell row it covers one interval: the union of the intervals of its two end discs and of its straight band.</summary>
    private void Stamp(ReadOnlySpan<Vec2> pts, double r, Oklab c, int rowLo, int rowHi)
    {
        float cl = (float)c.L, ca = (float)c.A, cb = (float)c.B;
        double r2 = r * r;
        for (int s = 0; s < pts.Length; s++)
        {
            var a = pts[s];
            var b = pts[Math.Min(pts.Length - 1, s + 1)];
            int j0 = Math.Max(rowLo, (int)((Math.Min(a.Y, b.Y) - r) / _cell)), j1 = Math.Min(rowHi - 1, (int)((Math.Max(a.Y, b.Y) + r) / _cell));
            if (j0 > j1)
            {
                continue;
            }

            var d = b - a;
            double len = d.Length;
            var u = len > 1e-9 ? d / len : default;
            for (int j = j0; j <= j1; j++)
            {
                double y = (j + 0.5) * _cell;
                double lo = double.MaxValue, hi = double.MinValue;
                Disc(a, y, r2, ref lo, ref hi);
                Disc(b, y, r2, ref lo, ref hi);
                if (len > 1e-9)
                {
                    Band(a, u, len, y, r, ref lo, ref hi);
                }

                if (lo > hi)
                {
                    continue;
                }

                // Cells whose centre lies inside: centre (i + 0.5)·cell ∈ [lo, hi].
                int i0 = Math.Max(0, (int)Math.Ceiling((lo / _cell) - 0.5)), i1 = Math.Min(_gw - 1, (int)Math.Floor((hi / _cell) - 0.5));
                int row = j * _gw;
                for (int i = i0; i <= i1; i++)
                {
                    ref var cell = ref _cells[row + i];
                    cell.CanL = cl;
                    cell.CanA = ca;
                    cell.CanB = cb;
                }
            }
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void Disc(Vec2 c, double y, double r2, ref double lo, ref double hi)
    {
        double dy = y - c.Y, q = r2 - (dy * dy);
        if (q >= 0)
        {
            double h = Math.Sqrt(q);
            lo = Math.Min(lo, c.X - h);
            hi = Math.Max(hi, c.X + h);
        }
    }

    /// <summary>The x interval where the row y crosses the rectangle {a + t·u·len + s·n : t ∈ [0, 1], |s| ≤ r}.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void Band(Vec2 a, Vec2 u, double len, double y, double r, ref double lo, ref double hi)
    {
        // Along: 0 ≤ u·(p − a) ≤ len; across: |n·(p − a)| ≤ r with n = (−u.Y, u.X). Each is a slab in x on this row.
        double x0 = double.MinValue, x1 = double.MaxValue;
        double dy = y - a.Y;
        if (!Slab(u.X, (u.Y * dy) - a.X * u.X, 0, len, ref x0, ref x1) || !Slab(-u.Y, (u.X * dy) + (a.X * u.Y), -r, r, ref x0, ref x1))
        {
            return;
        }

        lo = Math.Min(lo, x0);
        hi = Math.Max(hi, x1);
    }

    /// <summary>Intersects [x0, x1] with {x : min ≤ k·x + m ≤ max}; false when empty.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool Slab(double k, double m, double min, double max, ref double x0, ref double x1)
    {
        if (Math.Abs(k) < 1e-12)
        {
            return m >= min && m <= max;
        }

        double p = (min - m) / k, q = (max - m) / k;
        x0 = Math.Max(x0, Math.Min(p, q));
        x1 = Math.Min(x1, Math.Max(p, q));
        return x0 <= x1;
    }

    private int Index(Vec2 p)
    {
        int i = Math.Clamp((int)(p.X / _cell), 0, _gw - 1), j = Math.Clamp((int)(p.Y / _cell), 0, _gh - 1);
        return (j * _gw) + i;
    }

    private Oklab BlurredAt(Vec2 p)
    {
        int k = Index(p);
        ref readonly var c = ref _cells[k];
        return new Oklab(c.BL, c.BA, c.BB);
    }

    /// <summary>Separable box blur of the reference, radius in cells (Hertzmann's fσ·R).</summary>
    private void Blur(int rad)
    {
        var bl = BoxBlur(_refL, rad);
        var ba = BoxBlur(_refA, rad);
        var bb = BoxBlur(_refB, rad);
        var cells = _cells;
        _crew.RunBlocks(cells.Length, 8192, (start, end) =>
        {
            for (int k = start; k < end; k++)
            {
                ref var c = ref cells[k];
                c.BL = bl[k];
                c.BA = ba[k];
                c.BB = bb[k];
            }
        });
    }

    // Running sums: the cost does not grow with the radius. Rows, then columns, each in parallel (independent lines).
    private float[] BoxBlur(float[] src, int rad)
    {
        if (rad == 0)
        {
            return src;
        }

        // Scratch kept across passes and channels (each blurred channel is copied into the cells before the next).
        var tmp = _blurTmp ??= new float[src.Length];
        var dst = src == _refL ? (_blurL ??= new float[src.Length]) : src == _refA ? (_blurA ??= new float[src.Length]) : (_blurB ??= new float[src.Length]);
        int gw = _gw, gh = _gh;
        _crew.RunBlocks(gh, 16, (start, end) =>
        {
            for (int j = start; j < end; j++)
            {
                Line(src, tmp, j * gw, 1, gw, rad);
            }
        });
        _crew.RunBlocks(gw, 16, (start, end) =>
        {
            for (int i = start; i < end; i++)
            {
                Line(tmp, dst, i, gw, gh, rad);
            }
        });
        return dst;
    }

    // Box mean over the window [i − rad, i + rad] clipped to the line, for every i of one line (start, stride, length).
    private static void Line(float[] src, float[] dst, int start, int stride, int length, int rad)
    {
        double s = 0;
        int hi = Math.Min(length - 1, rad);
        for (int d = 0; d <= hi; d++)
        {
            s += src[start + (d * stride)];
        }

        for (int i = 0; i < length; i++)
        {
            int lo = Math.Max(0, i - rad);
            dst[start + (i * stride)] = (float)(s / (hi - lo + 1));
            if (i + rad + 1 < length)
            {
                hi = i + rad + 1;
                s += src[start + (hi * stride)];
            }

            if (i - rad >= 0)
            {
                s -= src[start + ((i - rad) * stride)];
            }
        }
    }

    /// <summary>One grid cell's painting state, kept together: strokes are planned in random cell order, and a step
    /// of a stroke reads the canvas, the blurred reference and the orientation of one cell (one cache line, where
    /// eight arrays cost eight misses).</summary>
    private struct Cell
    {
        /// <summary>The canvas estimate (OKLab); <see cref="CanL"/> is NaN until a stroke covers the cell.</summary>
        public float CanL, CanA, CanB;

        /// <summary>The reference blurred to the current brush.</summary>
        public float BL, BA, BB;

        /// <summary>The orientation field (unit vector).</summary>
        public float DirX, DirY;

        public readonly bool Painted => !float.IsNaN(CanL);
    }

    /// <summary>SplitMix64 stream of one stroke (no allocation): seeded by the painting, the pass and the cell.</summary>
    private struct StrokeRandom(ulong seed, int pass, int cell)
    {
        private ulong _state = seed ^ ((ulong)(uint)pass << 40) ^ ((ulong)(uint)cell * 0x9E3779B97F4A7C15UL);

        public double Range(double min, double max)
        {
            _state += 0x9E3779B97F4A7C15UL;
            ulong z = _state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return min + ((max - min) * ((z >> 11) * (1.0 / (1UL << 53))));
        }
    }
}
