using System.Runtime.Intrinsics;

namespace Ornament.Encode.Png;

/// <summary>Vector width the PNG kernels run at; every width writes the same bytes, only the speed differs.</summary>
/// <remarks>Ornament.Raster has the same idea for the renderer, but its type is internal to the paint stages;
/// the codec keeps its own so it does not depend on the rasterizer's internals.</remarks>
internal enum PngSimd
{
    /// <summary>Plain scalar loops: the reference twins.</summary>
    Scalar = 0,

    /// <summary>128-bit vectors (SSE2…SSE4 / NEON).</summary>
    Vector128 = 1,

    /// <summary>256-bit vectors (AVX2).</summary>
    Vector256 = 2,
}

/// <summary>The widest accelerated width, decided once per process (Vector256 → Vector128 → scalar).</summary>
internal static class PngSimdLevel
{
    private static readonly PngSimd Detected =
        Vector256.IsHardwareAccelerated ? PngSimd.Vector256 :
        Vector128.IsHardwareAccelerated ? PngSimd.Vector128 : PngSimd.Scalar;

    /// <summary>The width the writer uses (tests pick others through <c>PngEncodeOptions.Simd</c>, never globally).</summary>
    public static PngSimd Current => Detected;
}
