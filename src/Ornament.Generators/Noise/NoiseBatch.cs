using System.Runtime.Intrinsics;

namespace Ornament.Generators.Noise;

/// <summary>Evaluates <see cref="GradientNoise"/> for many points at once with Vector256 or Vector128 lanes, falling
/// back to the scalar twin. Every path performs the same IEEE single-precision operations in the same order (no
/// FMA), so results are bitwise identical whatever the hardware.</summary>
internal static class NoiseBatch
{
    /// <summary>Which code path to use (tests force each one).</summary>
    internal enum Path
    {
        /// <summary>Widest available.</summary>
        Auto,

        /// <summary>One point at a time.</summary>
        Scalar,

        /// <summary>Four lanes.</summary>
        Vector128,

        /// <summary>Eight lanes.</summary>
        Vector256,
    }

    /// <summary>Writes noise(xs[i], ys[i]) into <paramref name="dest"/>.</summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void Sample(GradientNoise noise, ReadOnlySpan<float> xs, ReadOnlySpan<float> ys, Span<float> dest) =>
        Sample(noise, xs, ys, dest, Path.Auto);

    internal static void Sample(GradientNoise noise, ReadOnlySpan<float> xs, ReadOnlySpan<float> ys, Span<float> dest, Path path)
    {
        if (xs.Length != ys.Length || dest.Length != xs.Length)
        {
            throw new ArgumentException("Coordinate and destination spans must have the same length.", nameof(dest));
        }

        int i = 0;
        if ((path == Path.Auto || path == Path.Vector256) && Vector256.IsHardwareAccelerated)
        {
            for (; i + 8 <= xs.Length; i += 8)
            {
                V256(noise.Seed, Vector256.Create(xs[i..]), Vector256.Create(ys[i..])).CopyTo(dest[i..]);
            }
        }

        if ((path == Path.Auto || path == Path.Vector256 || path == Path.Vector128) && Vector128.IsHardwareAccelerated)
        {
            for (; i + 4 <= xs.Length; i += 4)
            {
                V128(noise.Seed, Vector128.Create(xs[i..]), Vector128.Create(ys[i..])).CopyTo(dest[i..]);
            }
        }

        for (; i < xs.Length; i++)
        {
            dest[i] = noise.Sample(xs[i], ys[i]);
        }
    }

    private static Vector256<float> V256(uint seed, Vector256<float> x, Vector256<float> y)
    {
        var fx = Vector256.Floor(x);
        var fy = Vector256.Floor(y);
        var ix = Vector256.ConvertToInt32(fx).AsUInt32();
        var iy = Vector256.ConvertToInt32(fy).AsUInt32();
        var dx = x - fx;
        var dy = y - fy;
        var one = Vector256.Create(1f);
        var u = Fade(dx);
        var v = Fade(dy);
        var dx1 = dx - one;
        var dy1 = dy - one;
        var ix1 = ix + Vector256<uint>.One;
        var iy1 = iy + Vector256<uint>.One;
        var s = Vector256.Create(seed);
        var g00 = Grad(Hash(s, ix, iy), dx, dy);
        var g10 = Grad(Hash(s, ix1, iy), dx1, dy);
        var g01 = Grad(Hash(s, ix, iy1), dx, dy1);
        var g11 = Grad(Hash(s, ix1, iy1), dx1, dy1);
        var a = g00 + (u * (g10 - g00));
        var b = g01 + (u * (g11 - g01));
        var n = (a + (v * (b - a))) * Vector256.Create(GradientNoise.OutputScale);
        return Vector256.Min(one, Vector256.Max(-one, n));

        static Vector256<float> Fade(Vector256<float> t) =>
            ((t * t) * t) * ((t * ((t * Vector256.Create(6f)) - Vector256.Create(15f))) + Vector256.Create(10f));

        static Vector256<uint> Hash(Vector256<uint> seed, Vector256<uint> ix, Vector256<uint> iy)
        {
            var h = (ix * Vector256.Create(0x8DA6B343u)) ^ (iy * Vector256.Create(0xD8163841u)) ^ seed;
            h ^= Vector256.ShiftRightLogical(h, 15);
            h *= Vector256.Create(0x2C1B3C6Du);
            h ^= Vector256.ShiftRightLogical(h, 12);
            h *= Vector256.Create(0x297A2D39u);
            h ^= Vector256.ShiftRightLogical(h, 15);
            return h;
        }

        static Vector256<float> Grad(Vector256<uint> h, Vector256<float> dx, Vector256<float> dy)
        {
            var swap = Vector256.Equals(h & Vector256.Create(4u), Vector256<uint>.Zero).AsSingle();
            var half = Vector256.Create(0.5f);
            var one = Vector256.Create(1f);
            var gx = Vector256.ConditionalSelect(swap, one, half);
            var gy = Vector256.ConditionalSelect(swap, half, one);
            // Negation flips the sign bit exactly as scalar unary minus does.
            var sx = Vector256.Equals(h & Vector256.Create(1u), Vector256<uint>.Zero).AsSingle();
            var sy = Vector256.Equals(h & Vector256.Create(2u), Vector256<uint>.Zero).AsSingle();
            gx = Vector256.ConditionalSelect(sx, gx, -gx);
            gy = Vector256.ConditionalSelect(sy, gy, -gy);
            return (gx * dx) + (gy * dy);
        }
    }

    private static Vector128<float> V128(uint seed, Vector128<float> x, Vector128<float> y)
    {
        var fx = Vector128.Floor(x);
        var fy = Vector128.Floor(y);
        var ix = Vector128.ConvertToInt32(fx).AsUInt32();
        var iy = Vector128.ConvertToInt32(fy).AsUInt32();
        var dx = x - fx;
        var dy = y - fy;
        var one = Vector128.Create(1f);
        var u = Fade(dx);
        var v = Fade(dy);
        var dx1 = dx - one;
        var dy1 = dy - one;
        var ix1 = ix + Vector128<uint>.One;
        var iy1 = iy + Vector128<uint>.One;
        var s = Vector128.Create(seed);
        var g00 = Grad(Hash(s, ix, iy), dx, dy);
        var g10 = Grad(Hash(s, ix1, iy), dx1, dy);
        var g01 = Grad(Hash(s, ix, iy1), dx, dy1);
        var g11 = Grad(Hash(s, ix1, iy1), dx1, dy1);
        var a = g00 + (u * (g10 - g00));
        var b = g01 + (u * (g11 - g01));
        var n = (a + (v * (b - a))) * Vector128.Create(GradientNoise.OutputScale);
        return Vector128.Min(one, Vector128.Max(-one, n));

        static Vector128<float> Fade(Vector128<float> t) =>
            ((t * t) * t) * ((t * ((t * Vector128.Create(6f)) - Vector128.Create(15f))) + Vector128.Create(10f));

        static Vector128<uint> Hash(Vector128<uint> seed, Vector128<uint> ix, Vector128<uint> iy)
        {
            var h = (ix * Vector128.Create(0x8DA6B343u)) ^ (iy * Vector128.Create(0xD8163841u)) ^ seed;
            h ^= Vector128.ShiftRightLogical(h, 15);
            h *= Vector128.Create(0x2C1B3C6Du);
            h ^= Vector128.ShiftRightLogical(h, 12);
            h *= Vector128.Create(0x297A2D39u);
            h ^= Vector128.ShiftRightLogical(h, 15);
            return h;
        }

        static Vector128<float> Grad(Vector128<uint> h, Vector128<float> dx, Vector128<float> dy)
        {
            var swap = Vector128.Equals(h & Vector128.Create(4u), Vector128<uint>.Zero).AsSingle();
            var half = Vector128.Create(0.5f);
            var one = Vector128.Create(1f);
            var gx = Vector128.ConditionalSelect(swap, one, half);
            var gy = Vector128.ConditionalSelect(swap, half, one);
            var sx = Vector128.Equals(h & Vector128.Create(1u), Vector128<uint>.Zero).AsSingle();
            var sy = Vector128.Equals(h & Vector128.Create(2u), Vector128<uint>.Zero).AsSingle();
            gx = Vector128.ConditionalSelect(sx, gx, -gx);
            gy = Vector128.ConditionalSelect(sy, gy, -gy);
            return (gx * dx) + (gy * dy);
        }
    }
}
