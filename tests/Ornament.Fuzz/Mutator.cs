using System.Text;

namespace Ornament.Fuzz;

/// <summary>Byte-level and text-aware mutations: bit flips, byte set/insert/delete, chunk duplicate and splice from
/// another seed, truncation, numeric extremes written over a number, and deep nesting of the input's own brackets
/// or tags. One to four are stacked per input.</summary>
internal static class Mutator
{
    private static readonly string[] Extremes =
    [
        "0", "-0", "1e308", "-1e308", "1e309", "1e30", "-1e30", "1e-320", "NaN", "Infinity", "-Infinity", "4294967296",
        "2147483647", "-2147483648", "9223372036854775807", "99999999999999999999999", "0.000000000000000000001",
        "1e", "--1", "0x10", "1.2.3", "٣", "+", ".", "e5",
    ];

    private static readonly string[] Nesters = ["<g>", "[", "{\"a\":", "<svg>", "(", "<use href=\"#a\"/>"];

    public static byte[] Mutate(byte[] input, IReadOnlyList<byte[]> seeds, FuzzRandom rng)
    {
        var b = new List<byte>(input);
        int steps = 1 + rng.Below(4);
        for (int s = 0; s < steps; s++)
        {
            switch (rng.Below(11))
            {
                case 0: // bit flip
                    if (b.Count > 0)
                    {
                        int i = rng.Below(b.Count);
                        b[i] ^= (byte)(1 << rng.Below(8));
                    }

                    break;
                case 1: // interesting byte
                    if (b.Count > 0)
                    {
                        byte[] interesting = [0x00, 0xFF, 0x7F, 0x80, 0x01, (byte)'<', (byte)'>', (byte)'"', (byte)'&', (byte)'-', (byte)'.', (byte)'e'];
                        b[rng.Below(b.Count)] = rng.Chance(2) ? interesting[rng.Below(interesting.Length)] : rng.Byte();
                    }

                    break;
                case 2: // insert random bytes
                {
                    int at = rng.Below(b.Count + 1), n = 1 + rng.Below(8);
                    for (int k = 0; k < n; k++)
                    {
                        b.Insert(at, rng.Byte());
                    }

                    break;
                }

                case 3: // delete a range
                    if (b.Count > 1)
                    {
                        int at = rng.Below(b.Count), n = 1 + rng.Below(Math.Min(64, b.Count - at));
                        b.RemoveRange(at, n);
                    }

                    break;
                case 4: // duplicate a chunk of itself
                    if (b.Count > 1)
                    {
                        int at = rng.Below(b.Count), n = 1 + rng.Below(Math.Min(256, b.Count - at));
                        var chunk = b.GetRange(at, n);
                        b.InsertRange(rng.Below(b.Count + 1), chunk);
                    }

                    break;
                case 5: // splice: our head, another seed's tail
                {
                    var other = seeds[rng.Below(seeds.Count)];
                    if (other.Length > 0 && b.Count > 0)
                    {
                        int cut = rng.Below(b.Count), from = rng.Below(other.Length);
                        b.RemoveRange(cut, b.Count - cut);
                        b.AddRange(other.AsSpan(from).ToArray());
                    }

                    break;
                }

                case 6: // truncate
                    if (b.Count > 0)
                    {
                        int keep = rng.Below(b.Count);
                        b.RemoveRange(keep, b.Count - keep);
                    }

                    break;
                case 7:
                case 8: // numeric extreme over a number
                    ReplaceNumber(b, rng);
                    break;
                case 9: // deep nesting
                {
                    string open = Nesters[rng.Below(Nesters.Length)];
                    int depth = rng.Chance(4) ? 100_000 : 1 + rng.Below(600);
                    var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(open, depth)));
                    b.InsertRange(rng.Below(b.Count + 1), bytes);
                    break;
                }

                default: // random 32-bit value (lengths, sizes in binary formats)
                    if (b.Count >= 4)
                    {
                        int at = rng.Below(b.Count - 3);
                        uint v = rng.Below(4) switch { 0 => 0xFFFFFFFF, 1 => 0x7FFFFFFF, 2 => 0, _ => (uint)rng.Next() };
                        b[at] = (byte)(v >> 24);
                        b[at + 1] = (byte)(v >> 16);
                        b[at + 2] = (byte)(v >> 8);
                        b[at + 3] = (byte)v;
                    }

                    break;
            }
        }

        return [.. b];
    }

    private static void ReplaceNumber(List<byte> b, FuzzRandom rng)
    {
        if (b.Count == 0)
        {
            return;
        }

        // Find a run of digits starting from a random point; replace it with an extreme.
        int start = rng.Below(b.Count);
        int i = start;
        while (i < b.Count && !(b[i] >= '0' && b[i] <= '9'))
        {
            i++;
        }

        if (i == b.Count)
        {
            return;
        }

        int j = i;
        while (j < b.Count && ((b[j] >= '0' && b[j] <= '9') || b[j] == '.' || b[j] == 'e' || b[j] == '-'))
        {
            j++;
        }

        b.RemoveRange(i, j - i);
        b.InsertRange(i, Encoding.UTF8.GetBytes(Extremes[rng.Below(Extremes.Length)]));
    }
}
