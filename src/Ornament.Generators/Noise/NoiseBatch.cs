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
            i = Blocks<NoiseLanes256, Vector256<float>, Vector256<uint>>(noise.Seed, xs, ys, dest, 0);
        }

        if ((path == Path.Auto || path == Path.Vector256 || path == Path.Vector128) && Vector128.IsHardwareAccelerated)
        {
            i = Blocks<NoiseLanes128, Vector128<float>, Vector128<uint>>(noise.Seed, xs, ys, dest, i);
        }

        for (; i < xs.Length; i++)
        {
            dest[i] = noise.Sample(xs[i], ys[i]);
        }
    }

    private static int Blocks<TL, TF, TU>(uint seed, ReadOnlySpan<float> xs, ReadOnlySpan<float> ys, Span<float> dest, int i)
        where TL : struct, INoiseLanes<TF, TU>
        where TF : struct
        where TU : struct
    {
        for (; i + TL.Count <= xs.Length; i += TL.Count)
        {
            TL.Store(Noise<TL, TF, TU>(seed, TL.Load(xs[i..]), TL.Load(ys[i..])), dest[i..]);
        }

        return i;
    }

    /// <summary>The lane-wise twin of <see cref="GradientNoise.Sample"/>, written once for every width.</summary>
    private static TF Noise<TL, TF, TU>(uint seed, TF x, TF y)
        where TL : struct, INoiseLanes<TF, TU>
        where TF : struct
        where TU : struct
    {
        var fx = TL.Floor(x);
        var fy = TL.Floor(y);
        var ix = TL.ToUInt(fx);
        var iy = TL.ToUInt(fy);
        var dx = TL.Sub(x, fx);
        var dy = TL.Sub(y, fy);
        var one = TL.Splat(1f);
        var u = Fade(dx);
        var v = Fade(dy);
        var dx1 = TL.Sub(dx, one);
        var dy1 = TL.Sub(dy, one);
        var ix1 = TL.Add(ix, TL.Splat(1u));
        var iy1 = TL.Add(iy, TL.Splat(1u));
        var s = TL.Splat(seed);
        var g00 = Grad(Hash(s, ix, iy), dx, dy);
        var g10 = Grad(Hash(s, ix1, iy), dx1, dy);
        var g01 = Grad(Hash(s, ix, iy1), dx, dy1);
        var g11 = Grad(Hash(s, ix1, iy1), dx1, dy1);
        var a = TL.Add(g00, TL.Mul(u, TL.Sub(g10, g00)));
        var b = TL.Add(g01, TL.Mul(u, TL.Sub(g11, g01)));
        var n = TL.Mul(TL.Add(a, TL.Mul(v, TL.Sub(b, a))), TL.Splat(GradientNoise.OutputScale));
        return TL.Min(one, TL.Max(TL.Negate(one), n));

        static TF Fade(TF t) =>
            TL.Mul(TL.Mul(TL.Mul(t, t), t), TL.Add(TL.Mul(t, TL.Sub(TL.Mul(t, TL.Splat(6f)), TL.Splat(15f))), TL.Splat(10f)));

        static TU Hash(TU seed, TU ix, TU iy)
        {
            var h = TL.Xor(TL.Xor(TL.Mul(ix, TL.Splat(0x8DA6B343u)), TL.Mul(iy, TL.Splat(0xD8163841u))), seed);
            h = TL.Xor(h, TL.ShiftRight(h, 15));
            h = TL.Mul(h, TL.Splat(0x2C1B3C6Du));
            h = TL.Xor(h, TL.ShiftRight(h, 12));
            h = TL.Mul(h, TL.Splat(0x297A2D39u));
            return TL.Xor(h, TL.ShiftRight(h, 15));
        }

        static TF Grad(TU h, TF dx, TF dy)
        {
            var swap = TL.BitClear(h, 4u);
            var half = TL.Splat(0.5f);
            var one = TL.Splat(1f);
            var gx = TL.Select(swap, one, half);
            var gy = TL.Select(swap, half, one);
            // Negation flips the sign bit exactly as scalar unary minus does.
            gx = TL.Select(TL.BitClear(h, 1u), gx, TL.Negate(gx));
            gy = TL.Select(TL.BitClear(h, 2u), gy, TL.Negate(gy));
            return TL.Add(TL.Mul(gx, dx), TL.Mul(gy, dy));
        }
    }
}
