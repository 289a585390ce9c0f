using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Ornament.Encode.Png;

/// <summary>CRC-32 by carry-less multiplication (PCLMULQDQ): the message is folded 64 bytes per step into four
/// 128-bit accumulators, those are folded into one, and the last 16 bytes plus the tail go through the table twin.</summary>
/// <remarks>
/// <para>The CRC is the remainder of M(x)·x³² modulo P(x). Folding uses that a 128-bit block A standing T bits
/// before the end of a run satisfies A·x^T ≡ H·(x^(T+64) mod P) + L·(x^T mod P), where H and L are A's
/// high- and low-degree halves; both products have fewer than 96 bits, so the folded value fits in the next block and
/// the remainder is unchanged. What is left at the end is a 16-byte message with the same CRC state, which the
/// table loop finishes — no Barrett reduction needed.</para>
/// <para>Bit order is the reflected one: byte 0 bit 0 is the highest power, so in a 128-bit lane bit k stands for
/// x^(127−k) and a 64-bit half's bit j for x^(63−j). Multiplying two such halves yields bit k ↔ x^(126−k), one power
/// short, so each constant is stored as x^(e−1) mod P. The constants are computed here, not copied, from the
/// polynomial 0x04C11DB7.</para>
/// </remarks>
internal static class Crc32Folding
{
    /// <summary>Shortest input worth the setup (four blocks to start the 4-way fold).</summary>
    public const int MinLength = 64;

    private const ulong Poly33 = 0x1_04C1_1DB7ul; // x^32 + … in the normal (non-reflected) order

    // (x^(T+64) mod P, x^T mod P) with T = 512 (four lanes apart) and T = 128 (adjacent blocks).
    private static readonly Vector128<ulong> Fold4 = Constants(512);
    private static readonly Vector128<ulong> Fold1 = Constants(128);

    /// <summary>True when PCLMULQDQ and SSE2 are available.</summary>
    public static bool IsSupported => Pclmulqdq.IsSupported && Sse2.IsSupported;

    /// <summary>Raw register update (no inversions) over <paramref name="data"/>, at least <see cref="MinLength"/> bytes.</summary>
    public static uint Update(uint c, ReadOnlySpan<byte> data)
    {
        if (!IsSupported || data.Length < MinLength)
        {
            return Crc32.UpdateScalar(c, data);
        }

        ref byte p = ref MemoryMarshal.GetReference(data);
        int n = data.Length;

        // The register enters as an XOR onto the first four message bytes (what the table loop does implicitly).
        var x0 = Vector128.LoadUnsafe(ref p) ^ Vector128.CreateScalar(c).AsByte();
        var x1 = Vector128.LoadUnsafe(ref p, 16);
        var x2 = Vector128.LoadUnsafe(ref p, 32);
        var x3 = Vector128.LoadUnsafe(ref p, 48);
        nuint i = 64;
        for (; (int)i + 64 <= n; i += 64)
        {
            x0 = Fold(x0, Fold4, Vector128.LoadUnsafe(ref p, i));
            x1 = Fold(x1, Fold4, Vector128.LoadUnsafe(ref p, i + 16));
            x2 = Fold(x2, Fold4, Vector128.LoadUnsafe(ref p, i + 32));
            x3 = Fold(x3, Fold4, Vector128.LoadUnsafe(ref p, i + 48));
        }

        var x = Fold(x0, Fold1, x1);
        x = Fold(x, Fold1, x2);
        x = Fold(x, Fold1, x3);
        for (; (int)i + 16 <= n; i += 16)
        {
            x = Fold(x, Fold1, Vector128.LoadUnsafe(ref p, i));
        }

        Span<byte> last = stackalloc byte[16];
        x.StoreUnsafe(ref MemoryMarshal.GetReference(last));
        uint r = Crc32.UpdateScalar(0, last);
        return Crc32.UpdateScalar(r, data[(int)i..]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Fold(Vector128<byte> acc, Vector128<ulong> k, Vector128<byte> next)
    {
        var a = acc.AsUInt64();
        var hi = Pclmulqdq.CarrylessMultiply(a, k, 0x00); // low qword = high-degree half, times x^(T+64)
        var lo = Pclmulqdq.CarrylessMultiply(a, k, 0x11); // high qword = low-degree half, times x^T
        return (hi ^ lo).AsByte() ^ next;
    }

    private static Vector128<ulong> Constants(int t) => Vector128.Create(Reflected64(XPowModP(t + 64 - 1)), Reflected64(XPowModP(t - 1)));

    // x^e mod P in the normal order (bit d ↔ x^d), by repeated multiplication by x.
    private static uint XPowModP(int e)
    {
        ulong r = 1;
        for (int k = 0; k < e; k++)
        {
            r <<= 1;
            if ((r & (1ul << 32)) != 0)
            {
                r ^= Poly33;
            }
        }

        return (uint)r;
    }

    // A polynomial of degree < 32 as a 64-bit reflected half: coefficient of x^d at bit 63 − d.
    private static ulong Reflected64(uint poly)
    {
        ulong v = 0;
        for (int d = 0; d < 32; d++)
        {
            if (((poly >> d) & 1) != 0)
            {
                v |= 1ul << (63 - d);
            }
        }

        return v;
    }
}
