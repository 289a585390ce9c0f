using System.Buffers.Binary;

namespace Ornament.Encode.Png;

/// <summary>CRC-32 (ISO-HDLC / zlib polynomial 0xEDB88320, reflected), the checksum every PNG chunk carries.</summary>
/// <remarks>Three twins, chosen once: carry-less multiply folding (<see cref="Crc32Folding"/>, x86 PCLMULQDQ) for
/// long inputs, the ARMv8 CRC32 instructions, and scalar slicing-by-8 — eight 256-entry tables let the loop consume
/// 8 bytes per step with independent look-ups instead of one dependent look-up per byte. The tests compare them.</remarks>
internal static class Crc32
{
    private const uint Polynomial = 0xEDB88320u;

    // Tables[k][b] = CRC of byte b followed by k zero bytes; Tables[0] is the classic byte-wise table.
    private static readonly uint[] Tables = BuildTables();

    /// <summary>The CRC of <paramref name="data"/>.</summary>
    public static uint Compute(ReadOnlySpan<byte> data) => Append(0, data);

    /// <summary>Continues a CRC: <c>Append(Compute(a), b) == Compute(a ++ b)</c> (the zlib <c>crc32()</c> contract).</summary>
    public static uint Append(uint crc, ReadOnlySpan<byte> data)
    {
        if (Crc32Folding.IsSupported && data.Length >= Crc32Folding.MinLength)
        {
            return ~Crc32Folding.Update(~crc, data);
        }

        if (System.Runtime.Intrinsics.Arm.Crc32.Arm64.IsSupported)
        {
            return ~UpdateArm(~crc, data);
        }

        return ~UpdateScalar(~crc, data);
    }

    /// <summary>The scalar twin, with the pre- and post-inversion of <see cref="Append"/>.</summary>
    internal static uint AppendScalar(uint crc, ReadOnlySpan<byte> data) => ~UpdateScalar(~crc, data);

    /// <summary>The raw register update (no inversions): <c>c</c> is the shift register, as in the textbook loop.</summary>
    internal static uint UpdateScalar(uint c, ReadOnlySpan<byte> data)
    {
        ReadOnlySpan<uint> t = Tables;

        while (data.Length >= 8)
        {
            // Little-endian reads match the reflected bit order whatever the host byte order.
            uint lo = BinaryPrimitives.ReadUInt32LittleEndian(data) ^ c;
            uint hi = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
            c = t[(7 * 256) + (int)(lo & 0xFF)]
              ^ t[(6 * 256) + (int)((lo >> 8) & 0xFF)]
              ^ t[(5 * 256) + (int)((lo >> 16) & 0xFF)]
              ^ t[(4 * 256) + (int)(lo >> 24)]
              ^ t[(3 * 256) + (int)(hi & 0xFF)]
              ^ t[(2 * 256) + (int)((hi >> 8) & 0xFF)]
              ^ t[(1 * 256) + (int)((hi >> 16) & 0xFF)]
              ^ t[(int)(hi >> 24)];
            data = data[8..];
        }

        foreach (byte b in data)
        {
            c = t[(int)((c ^ b) & 0xFF)] ^ (c >> 8);
        }

        return c;
    }

    // ARMv8's CRC32X/CRC32B use this same reflected polynomial (not the Castagnoli one of CRC32C*).
    private static uint UpdateArm(uint c, ReadOnlySpan<byte> data)
    {
        while (data.Length >= 8)
        {
            c = System.Runtime.Intrinsics.Arm.Crc32.Arm64.ComputeCrc32(c, BinaryPrimitives.ReadUInt64LittleEndian(data));
            data = data[8..];
        }

        foreach (byte b in data)
        {
            c = System.Runtime.Intrinsics.Arm.Crc32.ComputeCrc32(c, b);
        }

        return c;
    }

    private static uint[] BuildTables()
    {
        var t = new uint[8 * 256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? Polynomial ^ (c >> 1) : c >> 1;
            }

            t[n] = c;
        }

        for (int k = 1; k < 8; k++)
        {
            for (int n = 0; n < 256; n++)
            {
                uint prev = t[((k - 1) * 256) + n];
                t[(k * 256) + n] = t[(int)(prev & 0xFF)] ^ (prev >> 8);
            }
        }

        return t;
    }
}
