using System.Globalization;

namespace Ornament.Encode.Svg;

/// <summary>Number formatting and scanning with SVG's grammar, always in the invariant culture.</summary>
internal static class SvgNumbers
{
    /// <summary>Formats with at most <paramref name="decimals"/> decimals, trailing zeros stripped, never "-0".</summary>
    public static string Format(double v, int decimals)
    {
        if (!double.IsFinite(v))
        {
            throw new ArgumentException($"Cannot write the non-finite number {v} to SVG.", nameof(v));
        }

        double r = Math.Round(v, decimals, MidpointRounding.AwayFromZero);
        if (r == 0)
        {
            return "0";
        }

        // "R"-style formatting of a rounded value can show binary noise; fixed-point with the decimals cannot.
        string s = r.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (s.Contains('.', StringComparison.Ordinal))
        {
            s = s.TrimEnd('0').TrimEnd('.');
        }

        return s == "-0" ? "0" : s;
    }

    /// <summary>Decimals that keep rounding error below 1/256 px at <paramref name="pixelsPerUnit"/>
    /// (at least 3, at most 9).</summary>
    public static int DecimalsFor(double pixelsPerUnit)
    {
        if (!(pixelsPerUnit > 0) || !double.IsFinite(pixelsPerUnit))
        {
            return 3;
        }

        return Math.Clamp((int)Math.Ceiling(Math.Log10(256 * pixelsPerUnit) - 1e-9), 3, 9);
    }

    public static bool IsWsp(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    /// <summary>Skips whitespace and at most one comma (with whitespace around it).</summary>
    public static void SkipSeparator(ReadOnlySpan<char> s, ref int pos)
    {
        while (pos < s.Length && IsWsp(s[pos]))
        {
            pos++;
        }

        if (pos < s.Length && s[pos] == ',')
        {
            pos++;
            while (pos < s.Length && IsWsp(s[pos]))
            {
                pos++;
            }
        }
    }

    public static void SkipWsp(ReadOnlySpan<char> s, ref int pos)
    {
        while (pos < s.Length && IsWsp(s[pos]))
        {
            pos++;
        }
    }

    /// <summary>Scans one number at <paramref name="pos"/> (SVG grammar: sign, digits, fraction, exponent;
    /// "1e-3", ".5", "-.5" are numbers; ".5.5" is two).</summary>
    public static bool TryScan(ReadOnlySpan<char> s, ref int pos, out double value)
    {
        value = 0;
        int i = pos;
        if (i < s.Length && (s[i] == '+' || s[i] == '-'))
        {
            i++;
        }

        int intDigits = 0, fracDigits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
            intDigits++;
        }

        if (i < s.Length && s[i] == '.')
        {
            int j = i + 1;
            while (j < s.Length && char.IsAsciiDigit(s[j]))
            {
                j++;
                fracDigits++;
            }

            if (fracDigits > 0 || intDigits > 0)
            {
                i = j;
            }
        }

        if (intDigits == 0 && fracDigits == 0)
        {
            return false;
        }

        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            int j = i + 1;
            if (j < s.Length && (s[j] == '+' || s[j] == '-'))
            {
                j++;
            }

            int expDigits = 0;
            while (j < s.Length && char.IsAsciiDigit(s[j]))
            {
                j++;
                expDigits++;
            }

            if (expDigits > 0)
            {
                i = j;
            }
        }

        if (!double.TryParse(s[pos..i], NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
        {
            return false;
        }

        pos = i;
        return true;
    }

    /// <summary>Parses a whole string as one number (surrounding whitespace allowed).</summary>
    /// <exception cref="FormatException">Not exactly one number.</exception>
    public static double Parse(string text)
    {
        var s = text.AsSpan();
        int pos = 0;
        SkipWsp(s, ref pos);
        if (!TryScan(s, ref pos, out double v))
        {
            throw new FormatException($"'{Excerpt(text, 0)}' is not a number");
        }

        SkipWsp(s, ref pos);
        if (pos != s.Length)
        {
            throw new FormatException($"'{Excerpt(text, 0)}' is not a number");
        }

        return v;
    }

    /// <summary>Parses a list of numbers separated by whitespace and/or commas.</summary>
    public static List<double> ParseList(string text)
    {
        var list = new List<double>();
        var s = text.AsSpan();
        int pos = 0;
        SkipWsp(s, ref pos);
        while (pos < s.Length)
        {
            if (!TryScan(s, ref pos, out double v))
            {
                throw new FormatException($"bad number list near '{Excerpt(text, pos)}'");
            }

            list.Add(v);
            SkipSeparator(s, ref pos);
        }

        return list;
    }

    /// <summary>A short piece of <paramref name="text"/> from <paramref name="pos"/>, for error messages.</summary>
    public static string Excerpt(string text, int pos)
    {
        pos = Math.Clamp(pos, 0, text.Length);
        int len = Math.Min(12, text.Length - pos);
        return text.Substring(pos, len).Replace('\n', ' ').Replace('\r', ' ');
    }
}
