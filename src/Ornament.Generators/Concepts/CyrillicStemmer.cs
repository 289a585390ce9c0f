namespace Ornament.Generators.Concepts;

/// <summary>A deliberately light stemmer for Russian and Kazakh: it strips one common inflectional ending (the longest
/// that leaves at least three letters). Snowball has no Kazakh stemmer, and the lexicon lists Cyrillic triggers as
/// prefixes (<c>пустын*</c>) or explicit forms anyway, so this only has to make plain-word entries meet their simple
/// inflections; it is not a linguistic analyser.</summary>
internal static class CyrillicStemmer
{
    private static readonly string[] Endings = BuildEndings();

    /// <summary>The word without its longest known ending (ё folded to е).</summary>
    public static string Stem(string word)
    {
        string w = TextNormalizer.MatchKey(word);
        foreach (var e in Endings)
        {
            if (w.Length - e.Length >= 3 && w.EndsWith(e, StringComparison.Ordinal))
            {
                return w[..^e.Length];
            }
        }

        return w;
    }

    private static string[] BuildEndings()
    {
        string[] russian =
        [
            "иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ых", "их", "ая", "яя", "ое", "ее", "ые",
            "ие", "ый", "ий", "ой", "ом", "ем", "ам", "ям", "ах", "ях", "ую", "юю", "ов", "ев", "ей", "а", "я", "о", "е",
            "ы", "и", "у", "ю", "ь", "й",
        ];
        string[] kazakh =
        [
            "лардың", "лердің", "дардың", "дердің", "тардың", "тердің", "ларда", "лерде", "лар", "лер", "дар", "дер",
            "тар", "тер", "ның", "нің", "дың", "дің", "тың", "тің", "дан", "ден", "тан", "тен", "нан", "нен", "ға",
            "ге", "қа", "ке", "да", "де", "та", "те", "ды", "ді", "ты", "ті", "ны", "ні", "мен", "бен", "пен", "сы",
            "сі", "ы", "і",
        ];
        return russian.Concat(kazakh).Distinct(StringComparer.Ordinal)
            .OrderByDescending(e => e.Length).ThenBy(e => e, StringComparer.Ordinal).ToArray();
    }
}
