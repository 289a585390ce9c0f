using System.Diagnostics;

namespace Ornament.Cli.Batch;

/// <summary>Counters the workers update and the progress display reads: items to render in this run, rendered so
/// far, and the series totals around them. Rate and ETA are over this run's items only.</summary>
internal sealed class ProgressState(int seriesTotal, int alreadyDone, int toRender)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _rendered;

    public int SeriesTotal { get; } = seriesTotal;

    public int AlreadyDone { get; } = alreadyDone;

    public int ToRender { get; } = toRender;

    public int Rendered => Volatile.Read(ref _rendered);

    public TimeSpan Elapsed => _clock.Elapsed;

    public void ItemDone() => Interlocked.Increment(ref _rendered);

    /// <summary>Items per second over this run.</summary>
    public double Rate => Rendered / Math.Max(1e-3, Elapsed.TotalSeconds);

    /// <summary>Remaining time at the current rate, or null before the first item.</summary>
    public TimeSpan? Eta => Rendered == 0 ? null : TimeSpan.FromSeconds((ToRender - Rendered) / Rate);

    public string Summary() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{AlreadyDone + Rendered}/{SeriesTotal} done, {Rate:0.00} items/s{(Eta is { } e && Rendered < ToRender ? ", ETA " + Format(e) : string.Empty)}");

    public static string Format(TimeSpan t) => t.TotalHours >= 1
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(int)t.TotalHours}h{t.Minutes:00}m")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{t.Minutes}m{t.Seconds:00}s");
}
