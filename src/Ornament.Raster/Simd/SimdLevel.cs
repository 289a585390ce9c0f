using System.Runtime.Intrinsics;

namespace Ornament.Raster;

/// <summary>Vector width a kernel runs at. Every width gives the same bytes; only the speed differs.</summary>
internal enum SimdWidth
{
    /// <summary>Plain scalar loops (the reference twins).</summary>
    Scalar = 0,

    /// <summary>128-bit vectors (SSE2/NEON).</summary>
    Vector128 = 1,

    /// <summary>256-bit vectors (AVX2).</summary>
    Vector256 = 2,
}

/// <summary>The widest accelerated vector width, decided once from the hardware (Vector256 → Vector128 → scalar).
/// Nothing can change it at run time: kernels take the width as an argument, and tests or benchmarks that want a
/// narrower twin pass it explicitly (e.g. <c>RenderOptions.Simd</c>, <c>new Rasterizer(width)</c>).</summary>
internal static class SimdLevel
{
    /// <summary>The widest width this process accelerates.</summary>
    public static SimdWidth Current { get; } =
        Vector256.IsHardwareAccelerated ? SimdWidth.Vector256 :
        Vector128.IsHardwareAccelerated ? SimdWidth.Vector128 : SimdWidth.Scalar;
}
