namespace Ornament.Generators.Recipes;

/// <summary>A variation code: 6 Crockford base-32 symbols (30 bits) mixed into the master seed, so one text can give
/// many pictures and each is named by a short printable code (e.g. <c>7K3-QXB</c> style, written without the dash).
/// Parsing is case-insensitive, reads I and L as 1 and O as 0 (Crockford's rule), and ignores hyphens.</summary>
public readonly record struct Variation
{
    /// <summary>The Crockford alphabet (no I, L, O, U).</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>Symbols in a code.</summary>
    public const int Length = 6;

    /// <summary>Largest value + 1 (2^30).</summary>
    public const uint Count = 1u << 30;

    /// <summary>Creates a variation from its 30-bit value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value needs more than 30 bits.</exception>
    public Variation(uint value)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(value, Count);
        Value = value;
    }

    /// <summary>The 30-bit value.</summary>
    public uint Value { get; }

    /// <summary>The 6-symbol code, upper case.</summary>
    public string Code
    {
        get
        {
            Span<char> c = stackalloc char[Length];
            uint v = Value;
            for (int i = Length - 1; i >= 0; i--)
            {
                c[i] = Alphabet[(int)(v & 31)];
                v >>= 5;
            }

            return new string(c);
        }
    }

    /// <summary>The code.</summary>
    public override string ToString() => Code;

    /// <summary>Parses a code.</summary>
    /// <exception cref="FormatException">Not 6 Crockford symbols; the message says which character is wrong.</exception>
    public static Variation Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryParse(code, out var v, out var error) ? v : throw new FormatException(error);
    }

    /// <summary>Parses a code without throwing.</summary>
    public static bool TryParse(string? code, out Variation variation) => TryParse(code, out variation, out _);

    private static bool TryParse(string? code, out Variation variation, out string error)
    {
        variation = default;
        string s = (code ?? string.Empty).Trim().Replace("-", string.Empty, StringComparison.Ordinal);
        if (s.Length != Length)
        {
            error = $"variation code '{code}' must be {Length} characters from {Alphabet} (got {s.Length})";
            return false;
        }

        uint v = 0;
        foreach (char ch in s)
        {
            int d = Digit(ch);
            if (d < 0)
            {
                error = $"variation code '{code}' has '{ch}', which is not in the alphabet {Alphabet}";
                return false;
            }

            v = (v << 5) | (uint)d;
        }

        variation = new Variation(v);
        error = string.Empty;
        return true;
    }

    private static int Digit(char ch)
    {
        char c = char.ToUpperInvariant(ch);
        c = c switch { 'I' or 'L' => '1', 'O' => '0', _ => c };
        return Alphabet.IndexOf(c, StringComparison.Ordinal);
    }

    /// <summary>The i-th variation of a series, drawn from a seed (so a batch is reproducible).</summary>
    public static Variation ForSeries(SeedPath seed, int index) =>
        new((uint)(seed.Child("series", index).Seed >> 34));
}
