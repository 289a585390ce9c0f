using Ornament.Paint;

namespace Ornament;

/// <summary>How an <see cref="Artwork"/> is rendered. The output bytes never depend on these settings' threads.</summary>
public sealed record RenderSettings
{
    /// <summary>Most worker threads one render may use.</summary>
    public const int MaxThreads = 256;

    private readonly int _threads = 1;

    /// <summary>Defaults: one thread (the caller's).</summary>
    public static RenderSettings Default { get; } = new();

    /// <summary>Worker threads for one render, 1…<see cref="MaxThreads"/> (1 = the calling thread only). Several
    /// renders may run at once whatever this is.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside the range.</exception>
    public int Threads
    {
        get => _threads;
        init => _threads = value is >= 1 and <= MaxThreads
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Threads), value, $"Threads must be 1…{MaxThreads}.");
    }

    internal RenderOptions ToRenderOptions() => new() { Threads = Threads };
}
