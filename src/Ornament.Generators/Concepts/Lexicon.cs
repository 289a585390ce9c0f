using System.IO;
using System.Text.Json;

namespace Ornament.Generators.Concepts;

/// <summary>One trigger of the lexicon: a sequence of word patterns and the concept weights it adds.</summary>
/// <param name="Term">The term as written in lexicon.json.</param>
/// <param name="Words">Per word: the stem to compare, or (when <c>Prefix</c>) the prefix of the match key.</param>
/// <param name="Weights">Concept id → weight, in file order.</param>
/// <param name="VerbGuard">Skip the match when the word reads as a verb ("he felt").</param>
internal sealed record LexiconTerm(string Term, IReadOnlyList<(string Pattern, bool Prefix)> Words,
    IReadOnlyList<(string Concept, double Weight)> Weights, bool VerbGuard);

/// <summary>The versioned concept lexicon (embedded Concepts/lexicon.json), in English, Russian and Kazakh.
/// Latin words are compared by Porter2 stem; Cyrillic words by the light stem of <see cref="CyrillicStemmer"/>, or, when
/// the lexicon word ends in <c>*</c>, as a prefix of the token (ё folded to е), which is how Russian and Kazakh
/// inflections are covered without a full stemmer.</summary>
internal sealed class Lexicon
{
    private static readonly Lazy<Lexicon> BuiltIn = new(() =>
    {
        using var s = typeof(Lexicon).Assembly.GetManifestResourceStream("Concepts/lexicon.json")
            ?? throw new InvalidOperationException("the embedded lexicon is missing");
        using var r = new StreamReader(s);
        return Parse(r.ReadToEnd());
    });

    private Lexicon(string version, IReadOnlyList<LexiconTerm> terms)
    {
        Version = version;

        // Longest first: more words, then longer written term; the order within equals is file order (stable sort).
        Terms = terms.Select((t, i) => (t, i)).OrderByDescending(x => x.t.Words.Count)
            .ThenByDescending(x => x.t.Words.Sum(w => w.Pattern.Length + (w.Prefix ? 0 : 1)))
            .ThenBy(x => x.i).Select(x => x.t).ToArray();
    }

    /// <summary>The lexicon shipped with the library.</summary>
    public static Lexicon Default => BuiltIn.Value;

    /// <summary>The "version" field of lexicon.json (recorded in every recipe).</summary>
    public string Version { get; }

    /// <summary>Terms in match priority order.</summary>
    public IReadOnlyList<LexiconTerm> Terms { get; }

    /// <summary>Every concept id that some term can produce, sorted.</summary>
    public IReadOnlyList<string> Concepts => Terms.SelectMany(t => t.Weights.Select(w => w.Concept))
        .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    public static Lexicon Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        string version = root.GetProperty("version").GetString() ?? throw new FormatException("lexicon: no version");
        var terms = new List<LexiconTerm>();
        foreach (var e in root.GetProperty("entries").EnumerateArray())
        {
            var weights = e.GetProperty("concepts").EnumerateObject().Select(p => (p.Name, p.Value.GetDouble())).ToArray();
            bool guard = e.TryGetProperty("guard", out var g) && g.GetString() == "verb";
            foreach (var termEl in e.GetProperty("terms").EnumerateArray())
            {
                string term = termEl.GetString()!;
                var words = new List<(string, bool)>();
                foreach (var raw in TextNormalizer.Normalize(term).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    bool prefix = raw.EndsWith('*');
                    string w = prefix ? raw[..^1] : raw;
                    words.Add(prefix ? (TextNormalizer.MatchKey(w), true) : (Tokenizer.StemOf(w), false));
                }

                terms.Add(new LexiconTerm(term, words, weights, guard));
            }
        }

        return new Lexicon(version, terms);
    }

    /// <summary>True when the term matches the tokens starting at <paramref name="start"/> (no punctuation inside).</summary>
    public static bool Matches(LexiconTerm term, IReadOnlyList<Token> tokens, int start)
    {
        if (start + term.Words.Count > tokens.Count)
        {
            return false;
        }

        for (int k = 0; k < term.Words.Count; k++)
        {
            var t = tokens[start + k];
            if (k > 0 && t.BreakBefore)
            {
                return false;
            }

            var (pattern, prefix) = term.Words[k];
            bool ok = prefix
                ? TextNormalizer.MatchKey(t.Text).StartsWith(pattern, StringComparison.Ordinal)
                : t.Stem == pattern;
            if (!ok)
            {
                return false;
            }
        }

        return !term.VerbGuard || !ReadsAsVerb(tokens, start);
    }

    private static readonly HashSet<string> Subjects = new(StringComparer.Ordinal)
    {
        "i", "he", "she", "we", "they", "you", "it", "who", "one", "also", "never", "always", "still", "just", "then",
        "had", "have", "has", "suddenly", "immediately", "instantly",
    };

    private static readonly HashSet<string> VerbComplements = new(StringComparer.Ordinal)
    {
        "a", "an", "that", "like", "as", "so", "very", "proud", "sure", "himself", "herself", "themselves", "it",
        "nothing", "something", "deeply", "compelled", "at", "more", "less", "his", "her", "their", "its", "him", "them",
        "happy", "sad", "alive", "grateful", "such",
    };

    // "felt" as a verb: after a pronoun, an adverb or a name (a capitalised word that does not start a sentence),
    // or before a typical complement ("felt proud", "felt a pang", "felt that").
    private static bool ReadsAsVerb(IReadOnlyList<Token> tokens, int i)
    {
        if (i > 0 && !tokens[i].BreakBefore)
        {
            var prev = tokens[i - 1];
            if (Subjects.Contains(prev.Text) || prev.Text.EndsWith("ly", StringComparison.Ordinal) ||
                (prev.Capitalized && !prev.BreakBefore && prev.Index > 0))
            {
                return true;
            }
        }

        return i + 1 < tokens.Count && !tokens[i + 1].BreakBefore && VerbComplements.Contains(tokens[i + 1].Text);
    }
}
