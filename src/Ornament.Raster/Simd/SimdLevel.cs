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

/// <summary>The widest accelerated vector width, decided once per process. Kernels take the width as an argument
/// so tests can run every twin on the same machine.</summary>
internal static class SimdLevel
{
    private static readonly SimdWidth Detected =
        Vector256.IsHardwareAccelerated ? SimdWidth.Vector256 :
        Vector128.IsHardwareAccelerated ? SimdWidth.Vector128 : SimdWidth.Scalar;

    /// <summary>Forces a width for the whole process (tests and benchmarks); null = detected.</summary>
    internal static SimdWidth? Override { get; set; }

    /// <summary>The width kernels should use.</summary>
    public static SimdWidth Current => Override ?? Detected;
}
