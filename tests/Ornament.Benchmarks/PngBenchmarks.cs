using BenchmarkDotNet.Attributes;
using Ornament.Encode;
using Ornament.Encode.Png;

namespace Ornament.Benchmarks;

/// <summary>PNG writer stages on one 2048-pixel-wide RGB row pair (filters, cost) and a 1 MiB buffer (CRC-32);
/// the SIMD jobs of <see cref="SimdJobsConfig"/> switch the kernels' width (scalar baseline, Vector128, Vector256).
/// Whole-picture encoding is in <see cref="EncodeBenchmarks"/>; the comparison with PIL is png-vs-pil.py.</summary>
public class PngKernelBenchmarks
{
    private const int RowBytes = 2048 * 3;
    private readonly byte[] _raw = new byte[RowBytes];
    private readonly byte[] _prev = new byte[RowBytes];
    private readonly byte[] _dst = new byte[RowBytes];
    private readonly byte[] _crcData = new byte[1 << 20];
    private readonly int[] _histogram = new int[1024];

    [GlobalSetup]
    public void Setup()
    {
        ulong s = 0x9E3779B97F4A7C15ul;
        for (int i = 0; i < RowBytes; i++)
        {
            // smooth gradients with a little noise, like a painted landscape row
            s = (s * 6364136223846793005ul) + 1442695040888963407ul;
            _raw[i] = (byte)((i / 3) + (int)(s >> 61));
            _prev[i] = (byte)((i / 3) + 2 + (int)(s >> 62));
        }

        for (int i = 0; i < _crcData.Length; i++)
        {
            _crcData[i] = (byte)(i * 131);
        }
    }

    [Benchmark]
    public void Sub() => PngFilters.Encode(PngFilters.Sub, _raw, _prev, _dst, 3);

    [Benchmark]
    public void Up() => PngFilters.Encode(PngFilters.Up, _raw, _prev, _dst, 3);

    [Benchmark]
    public void Average() => PngFilters.Encode(PngFilters.Average, _raw, _prev, _dst, 3);

    [Benchmark]
    public void Paeth() => PngFilters.Encode(PngFilters.Paeth, _raw, _prev, _dst, 3);

    [Benchmark]
    public long SumOfAbs() => PngFilters.Cost(_raw);

    [Benchmark]
    public long Entropy() => PngFilterEntropy.Cost(_raw, _histogram);

    [Benchmark]
    public uint Crc32OneMiB() => Crc32.Compute(_crcData);
}
