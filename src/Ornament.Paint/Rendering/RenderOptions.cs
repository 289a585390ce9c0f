using Ornament.Geometry;
using Ornament.Raster;

namespace Ornament.Paint;

/// <summary>Settings of one render.</summary>
public sealed record RenderOptions
{
    /// <summary>Worker threads (1 = the calling thread only). Output bytes do not depend on it.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Curve flattening tolerance in device pixels.</summary>
    public double Tolerance { get; init; } = Flattener.DefaultTolerance;

    /// <summary>Forces a kernel vector width (tests, benchmarks); null = the widest the machine accelerates.
    /// Output bytes do not depend on it.</summary>
    internal SimdWidth? Simd { get; init; }

    /// <summary>Defaults.</summary>
    public static RenderOptions Default { get; } = new();
}
