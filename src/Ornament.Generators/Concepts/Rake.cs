namespace Ornament.Generators.Concepts;

/// <summary>A scored candidate phrase (RAKE).</summary>
/// <param name="Text">The phrase as written (normalised words joined by spaces).</param>
/// <param name="Score">Sum of the word scores (degree / frequency) of its words.</param>
/// <param name="FirstIndex">Token index of its first occurrence (the fixed tie-break).</param>
public sealed record RakePhrase(string Text, double Score, int FirstIndex);

/// <summary>Rapid Automatic Keyword Extraction (Rose et al. 2010): candidate phrases are the maximal runs of words
/// between stop words and punctuation; a word scores degree(w) / freq(w), where degree sums the lengths of the
/// phrases it occurs in; a phrase scores the sum of its word scores. Words are compared by stem.</summary>
internal sealed class Rake
{
    private readonly Dictionary<string, double> _wordScore = new(StringComparer.Ordinal);

    private Rake(IReadOnlyList<Token> tokens)
    {
        var runs = new List<List<Token>>();
        List<Token>? run = null;
        foreach (var t in tokens)
        {
            if (t.BreakBefore || StopWords.Contains(t.Text))
            {
                run = null;
            }

            if (StopWords.Contains(t.Text) || t.Text.All(char.IsDigit))
            {
                continue;
            }

            if (run is null)
            {
                run = [];
                runs.Add(run);
            }

            run.Add(t);
        }

        var degree = new Dictionary<string, int>(StringComparer.Ordinal);
        var freq = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in runs)
        {
            foreach (var t in r)
            {
                degree[t.Stem] = degree.GetValueOrDefault(t.Stem) + r.Count;
                freq[t.Stem] = freq.GetValueOrDefault(t.Stem) + 1;
            }
        }

        foreach (var (stem, f) in freq)
        {
            _wordScore[stem] = (double)degree[stem] / f;
        }

        var phrases = new List<RakePhrase>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in runs)
        {
            string text = string.Join(' ', r.Select(t => t.Text));
            if (seen.Add(text))
            {
                phrases.Add(new RakePhrase(text, r.Sum(t => _wordScore[t.Stem]), r[0].Index));
            }
        }

        Phrases = phrases.OrderByDescending(p => p.Score).ThenBy(p => p.FirstIndex).ToArray();
    }

    /// <summary>Distinct candidate phrases, best first; ties keep text order.</summary>
    public IReadOnlyList<RakePhrase> Phrases { get; }

    public static Rake Run(IReadOnlyList<Token> tokens) => new(tokens);

    /// <summary>The word score of a token (0 for stop words and numbers).</summary>
    public double WordScore(Token t) => _wordScore.GetValueOrDefault(t.Stem);
}
