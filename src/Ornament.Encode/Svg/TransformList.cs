using System.Text;
using Ornament.Geometry;

namespace Ornament.Encode.Svg;

/// <summary>SVG transform lists: parse <c>matrix translate scale rotate skewX skewY</c>, write compactly.</summary>
internal static class TransformList
{
    /// <summary>Parses a transform list; the result applies the rightmost function first.</summary>
    /// <exception cref="FormatException">The list is malformed.</exception>
    public static Affine Parse(string text)
    {
        var s = text.AsSpan();
        int pos = 0;
        var result = Affine.Identity;
        var args = new List<double>(6);
        SvgNumbers.SkipSeparator(s, ref pos);
        while (pos < s.Length)
        {
            int nameStart = pos;
            while (pos < s.Length && char.IsAsciiLetter(s[pos]))
            {
                pos++;
            }

            string name = text[nameStart..pos];
            SvgNumbers.SkipWsp(s, ref pos);
            if (name.Length == 0 || pos >= s.Length || s[pos] != '(')
            {
                throw Bad(text, nameStart);
            }

            pos++;
            args.Clear();
            SvgNumbers.SkipWsp(s, ref pos);
            while (pos < s.Length && s[pos] != ')')
            {
                if (!SvgNumbers.TryScan(s, ref pos, out double v))
                {
                    throw Bad(text, nameStart);
                }

                args.Add(v);
                SvgNumbers.SkipSeparator(s, ref pos);
            }

            if (pos >= s.Length)
            {
                throw Bad(text, nameStart);
            }

            pos++; // ')'
            result *= Function(name, args, text, nameStart);
            SvgNumbers.SkipSeparator(s, ref pos);
        }

        return result;
    }

    private static Affine Function(string name, List<double> a, string text, int at)
    {
        const double Deg = Math.PI / 180;
        return (name, a.Count) switch
        {
            ("matrix", 6) => new Affine(a[0], a[1], a[2], a[3], a[4], a[5]),
            ("translate", 1) => Affine.Translate(a[0], 0),
            ("translate", 2) => Affine.Translate(a[0], a[1]),
            ("scale", 1) => Affine.Scale(a[0]),
            ("scale", 2) => Affine.Scale(a[0], a[1]),
            ("rotate", 1) => Affine.Rotate(a[0] * Deg),
            ("rotate", 3) => Affine.Rotate(a[0] * Deg, new Vec2(a[1], a[2])),
            ("skewX", 1) => Affine.SkewX(a[0] * Deg),
            ("skewY", 1) => Affine.SkewY(a[0] * Deg),
            _ => throw Bad(text, at),
        };
    }

    private static FormatException Bad(string text, int pos) =>
        new($"bad transform near '{SvgNumbers.Excerpt(text, pos)}'");

    /// <summary>Writes translate/scale/matrix, whichever is shortest and exact. The linear part keeps 3 more
    /// decimals than the translation, because it multiplies every coordinate.</summary>
    public static string Write(Affine t, int decimals)
    {
        int lin = Math.Min(12, decimals + 3);
        var sb = new StringBuilder();
        if (t.A == 1 && t.B == 0 && t.C == 0 && t.D == 1)
        {
            sb.Append("translate(").Append(SvgNumbers.Format(t.E, decimals));
            if (t.F != 0)
            {
                sb.Append(' ').Append(SvgNumbers.Format(t.F, decimals));
            }
        }
        else if (t.B == 0 && t.C == 0 && t.E == 0 && t.F == 0)
        {
            sb.Append("scale(").Append(SvgNumbers.Format(t.A, lin));
            if (t.D != t.A)
            {
                sb.Append(' ').Append(SvgNumbers.Format(t.D, lin));
            }
        }
        else
        {
            sb.Append("matrix(")
              .Append(SvgNumbers.Format(t.A, lin)).Append(' ')
              .Append(SvgNumbers.Format(t.B, lin)).Append(' ')
              .Append(SvgNumbers.Format(t.C, lin)).Append(' ')
              .Append(SvgNumbers.Format(t.D, lin)).Append(' ')
              .Append(SvgNumbers.Format(t.E, decimals)).Append(' ')
              .Append(SvgNumbers.Format(t.F, decimals));
        }

        return sb.Append(')').ToString();
    }
}
