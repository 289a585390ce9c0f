using System.Text;

namespace Ornament.Generators.Concepts;

/// <summary>The Snowball English stemmer ("Porter2"), written from the published algorithm description
/// (snowballstem.org/algorithms/english/stemmer.html): special words, R1/R2 (with the gener/commun/arsen R1
/// exceptions), steps 0, 1a, 1b, 1c, 2, 3, 4, 5 and the post-1a invariant words. Input is one lower-case word.</summary>
internal static class EnglishStemmer
{
    private static readonly Dictionary<string, string> Special = new(StringComparer.Ordinal)
    {
        ["skis"] = "ski", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie",
        ["idly"] = "idl", ["gently"] = "gentl", ["ugly"] = "ugli", ["early"] = "earli", ["only"] = "onli",
        ["singly"] = "singl", ["sky"] = "sky", ["news"] = "news", ["howe"] = "howe", ["atlas"] = "atlas",
        ["cosmos"] = "cosmos", ["bias"] = "bias", ["andes"] = "andes",
    };

    private static readonly HashSet<string> After1a = new(StringComparer.Ordinal)
    {
        "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed",
    };

    // Step 2 and 3 suffixes, longest first so the first match is the longest one.
    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ization", "ize"), ("ational", "ate"), ("fulness", "ful"), ("ousness", "ous"), ("iveness", "ive"),
        ("tional", "tion"), ("biliti", "ble"), ("lessli", "less"), ("entli", "ent"), ("ation", "ate"),
        ("alism", "al"), ("aliti", "al"), ("ousli", "ous"), ("iviti", "ive"), ("fulli", "ful"), ("enci", "ence"),
        ("anci", "ance"), ("abli", "able"), ("izer", "ize"), ("ator", "ate"), ("alli", "al"), ("bli", "ble"),
        ("ogi", "og"), ("li", string.Empty),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ative", string.Empty),
        ("ical", "ic"), ("ness", string.Empty), ("ful", string.Empty),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion",
        "al", "er", "ic",
    ];

    /// <summary>The stem of one lower-case word.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 2)
        {
            return word;
        }

        if (Special.TryGetValue(word, out var special))
        {
            return special;
        }

        var w = new StringBuilder(word);
        if (w[0] == '\'')
        {
            w.Remove(0, 1);
        }

        if (w.Length > 0 && w[0] == 'y')
        {
            w[0] = 'Y';
        }

        for (int i = 1; i < w.Length; i++)
        {
            if (w[i] == 'y' && IsVowel(w[i - 1]))
            {
                w[i] = 'Y';
            }
        }

        int r1 = R1(w), r2 = RegionAfter(w, r1);
        Step0(w);
        Step1a(w);
        string s = w.ToString();
        if (After1a.Contains(s))
        {
            return s;
        }

        Step1b(w, r1);
        Step1c(w);
        ApplyRules(w, Step2Rules, r1, step2: true);
        Step3(w, r1, r2);
        Step4(w, r2);
        Step5(w, r1, r2);
        return w.ToString().Replace('Y', 'y');
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static int R1(StringBuilder w)
    {
        foreach (var prefix in (string[])["gener", "commun", "arsen"])
        {
            if (StartsWith(w, prefix))
            {
                return prefix.Length;
            }
        }

        return RegionAfter(w, 0);
    }

    // The region after the first non-vowel that follows a vowel, searching from 'start'.
    private static int RegionAfter(StringBuilder w, int start)
    {
        for (int i = start + 1; i < w.Length; i++)
        {
            if (!IsVowel(w[i]) && IsVowel(w[i - 1]))
            {
                return i + 1;
            }
        }

        return w.Length;
    }

    private static bool StartsWith(StringBuilder w, string p)
    {
        if (w.Length < p.Length)
        {
            return false;
        }

        for (int i = 0; i < p.Length; i++)
        {
            if (w[i] != p[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool EndsWith(StringBuilder w, string s)
    {
        if (w.Length < s.Length)
        {
            return false;
        }

        int off = w.Length - s.Length;
        for (int i = 0; i < s.Length; i++)
        {
            if (w[off + i] != s[i])
            {
                return false;
            }
        }

        return true;
    }

    private static void Replace(StringBuilder w, int suffixLength, string replacement)
    {
        w.Length -= suffixLength;
        w.Append(replacement);
    }

    private static bool HasVowel(StringBuilder w, int end)
    {
        for (int i = 0; i < end; i++)
        {
            if (IsVowel(w[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static void Step0(StringBuilder w)
    {
        foreach (var s in (string[])["'s'", "'s", "'"])
        {
            if (EndsWith(w, s))
            {
                w.Length -= s.Length;
                return;
            }
        }
    }

    private static void Step1a(StringBuilder w)
    {
        if (EndsWith(w, "sses"))
        {
            Replace(w, 4, "ss");
        }
        else if (EndsWith(w, "ied") || EndsWith(w, "ies"))
        {
            Replace(w, 3, w.Length > 4 ? "i" : "ie");
        }
        else if (EndsWith(w, "us") || EndsWith(w, "ss"))
        {
            // unchanged
        }
        else if (EndsWith(w, "s"))
        {
            // Delete if the part before the s holds a vowel that is not immediately before the s.
            if (w.Length >= 3 && HasVowel(w, w.Length - 2))
            {
                w.Length -= 1;
            }
        }
    }

    private static void Step1b(StringBuilder w, int r1)
    {
        foreach (var s in (string[])["eedly", "eed"])
        {
            if (EndsWith(w, s))
            {
                if (w.Length - s.Length >= r1)
                {
                    Replace(w, s.Length, "ee");
                }

                return;
            }
        }

        foreach (var s in (string[])["ingly", "edly", "ing", "ed"])
        {
            if (!EndsWith(w, s))
            {
                continue;
            }

            if (!HasVowel(w, w.Length - s.Length))
            {
                return;
            }

            w.Length -= s.Length;
            if (EndsWith(w, "at") || EndsWith(w, "bl") || EndsWith(w, "iz"))
            {
                w.Append('e');
            }
            else if (EndsWithDouble(w))
            {
                w.Length -= 1;
            }
            else if (IsShort(w, R1(w)))
            {
                w.Append('e');
            }

            return;
        }
    }

    private static bool EndsWithDouble(StringBuilder w)
    {
        if (w.Length < 2)
        {
            return false;
        }

        char c = w[^1];
        return c == w[^2] && c is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't';
    }

    // A short syllable ends the word: non-vowel, vowel, non-vowel (not w, x, Y); or vowel, non-vowel at the start.
    private static bool EndsWithShortSyllable(StringBuilder w)
    {
        int n = w.Length;
        if (n == 2)
        {
            return IsVowel(w[0]) && !IsVowel(w[1]);
        }

        return n >= 3 && !IsVowel(w[n - 3]) && IsVowel(w[n - 2]) && !IsVowel(w[n - 1]) && w[n - 1] is not ('w' or 'x' or 'Y');
    }

    private static bool IsShort(StringBuilder w, int r1) => r1 >= w.Length && EndsWithShortSyllable(w);

    private static void Step1c(StringBuilder w)
    {
        if (w.Length > 2 && (w[^1] == 'y' || w[^1] == 'Y') && !IsVowel(w[^2]))
        {
            w[^1] = 'i';
        }
    }

    private static void ApplyRules(StringBuilder w, (string Suffix, string Replacement)[] rules, int r1, bool step2)
    {
        foreach (var (suffix, replacement) in rules)
        {
            if (!EndsWith(w, suffix))
            {
                continue;
            }

            int start = w.Length - suffix.Length;
            if (start < r1)
            {
                return;
            }

            if (step2 && suffix == "ogi")
            {
                if (start > 0 && w[start - 1] == 'l')
                {
                    Replace(w, suffix.Length, replacement);
                }

                return;
            }

            if (step2 && suffix == "li")
            {
                if (start > 0 && w[start - 1] is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't')
                {
                    w.Length -= 2;
                }

                return;
            }

            Replace(w, suffix.Length, replacement);
            return;
        }
    }

    private static void Step3(StringBuilder w, int r1, int r2)
    {
        foreach (var (suffix, replacement) in Step3Rules)
        {
            if (!EndsWith(w, suffix))
            {
                continue;
            }

            int start = w.Length - suffix.Length;
            if (start >= r1 && (suffix != "ative" || start >= r2))
            {
                Replace(w, suffix.Length, replacement);
            }

            return;
        }
    }

    private static void Step4(StringBuilder w, int r2)
    {
        foreach (var suffix in Step4Suffixes)
        {
            if (!EndsWith(w, suffix))
            {
                continue;
            }

            int start = w.Length - suffix.Length;
            if (start < r2)
            {
                return;
            }

            if (suffix == "ion")
            {
                if (start > 0 && w[start - 1] is 's' or 't')
                {
                    w.Length -= 3;
                }

                return;
            }

            w.Length -= suffix.Length;
            return;
        }
    }

    private static void Step5(StringBuilder w, int r1, int r2)
    {
        if (EndsWith(w, "e"))
        {
            int start = w.Length - 1;
            if (start >= r2)
            {
                w.Length -= 1;
            }
            else if (start >= r1)
            {
                w.Length -= 1;
                if (EndsWithShortSyllable(w))
                {
                    w.Append('e');
                }
            }
        }
        else if (EndsWith(w, "l") && w.Length - 1 >= r2 && w.Length >= 2 && w[^2] == 'l')
        {
            w.Length -= 1;
        }
    }
}
