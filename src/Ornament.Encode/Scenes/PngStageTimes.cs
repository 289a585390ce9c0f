using System.Diagnostics;

namespace Ornament.Encode;

/// <summary>Where the time of one PNG write went, recorded by <see cref="StreamedPng"/> when a caller asks for it (the
/// CLI's <c>--verbose</c>) by setting <see cref="Current"/> around the write. Nothing is recorded otherwise.</summary>
internal sealed class PngStageTimes
{
    private static readonly AsyncLocal<PngStageTimes?> Ambient = new();

    /// <summary>The record the writes of this flow fill in; null = none.</summary>
    public static PngStageTimes? Current
    {
        get => Ambient.Value;
        set => Ambient.Value = value;
    }

    /// <summary>Preparing and rendering every band, the PNG encoding of earlier bands running alongside; until the
    /// last byte is written.</summary>
    public TimeSpan Write { get; set; }

    /// <summary>Time spent filtering and deflating (part of <see cref="Write"/>: it overlaps the render when the
    /// picture streams on more than one thread).</summary>
    public TimeSpan Encode { get; set; }

    /// <summary>Stopwatch ticks → time.</summary>
    internal static TimeSpan Span(long ticks) => TimeSpan.FromSeconds((double)ticks / Stopwatch.Frequency);
}
