using System.Globalization;
using System.Text;

namespace Ornament.Generators.Concepts;

/// <summary>Splits text into words: runs of Unicode letters, digits and combining marks (so Cyrillic and the Kazakh
/// letters ә ғ қ ң ө ұ ү һ і are word letters). An apostrophe between letters stays inside the word (naoko's); a hyphen
/// between letters splits the word without a phrase break (felt-carpet → felt, carpet), so hyphenated compounds
/// still meet multi-word lexicon entries. Every other character is punctuation and breaks RAKE phrases;
/// . ! ? … and blank lines also end a sentence.</summary>
internal static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        string s = text.Normalize(NormalizationForm.FormC);
        var tokens = new List<Token>();
        var word = new StringBuilder();
        int sentence = 0;
        bool breakPending = true, sentenceEndPending = false, capitalized = false;
        int newlines = 0;

        void Flush()
        {
            if (word.Length == 0)
            {
                return;
            }

            if (sentenceEndPending && tokens.Count > 0)
            {
                sentence++;
            }

            sentenceEndPending = false;
            string lower = word.ToString().ToLowerInvariant();
            tokens.Add(new Token(lower, StemOf(lower), tokens.Count, sentence, breakPending, capitalized));
            word.Clear();
            breakPending = false;
        }

        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (IsWordChar(c))
            {
                if (word.Length == 0)
                {
                    capitalized = char.IsUpper(c);
                }

                word.Append(c);
                newlines = 0;
                continue;
            }

            bool letterBefore = word.Length > 0, letterAfter = i + 1 < s.Length && IsWordChar(s[i + 1]);
            if ((c is '\'' or '\u2019') && letterBefore && letterAfter)
            {
                word.Append('\'');
                continue;
            }

            if ((c is '-' or '\u2010' or '\u2011') && letterBefore && letterAfter)
            {
                Flush();
                continue;
            }

            Flush();
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n' && ++newlines >= 2)
                {
                    sentenceEndPending = true;
                    breakPending = true;
                }

                continue;
            }

            breakPending = true;
            if (c is '.' or '!' or '?' or '…' or ';')
            {
                sentenceEndPending = true;
            }
        }

        Flush();
        return tokens;
    }

    private static bool IsWordChar(char c)
    {
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return char.IsLetterOrDigit(c) || cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    internal static string StemOf(string lower)
    {
        bool cyrillic = lower.Any(ch => ch is >= '\u0400' and <= '\u04FF');
        return cyrillic ? CyrillicStemmer.Stem(lower) : EnglishStemmer.Stem(lower.Replace('\u2019', '\''));
    }
}
