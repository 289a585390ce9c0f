namespace Ornament.Generators.Concepts;

/// <summary>Steps 1–5 of the text pipeline (KAZAKH-ORNAMENT.md §6.1): normalise, tokenise and stem, RAKE phrases,
/// lexicon match (multi-word terms first), concept vector.</summary>
internal static class ConceptAnalyzer
{
    /// <summary>Words in the first sentence count this much more (the opening usually states the subject).</summary>
    public const double FirstSentenceBoost = 1.2;

    /// <summary>Analyses a text with the built-in lexicon.</summary>
    public static ConceptAnalysis Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lexicon = Lexicon.Default;
        var tokens = Tokenizer.Tokenize(text);
        var rake = Rake.Run(tokens);
        var phraseOf = PhraseIndex(tokens);
        var scores = new SortedDictionary<string, double>(StringComparer.Ordinal);
        var matches = new List<ConceptMatch>();
        int i = 0;
        while (i < tokens.Count)
        {
            LexiconTerm? hit = null;
            foreach (var term in lexicon.Terms)
            {
                if (Lexicon.Matches(term, tokens, i))
                {
                    hit = term;
                    break;
                }
            }

            if (hit is null)
            {
                i++;
                continue;
            }

            int n = hit.Words.Count;
            double rakeScore = 0;
            for (int k = 0; k < n; k++)
            {
                rakeScore += rake.WordScore(tokens[i + k]);
            }

            // The mean word score, so a two-word term is not counted twice for its length.
            rakeScore /= n;
            double boost = tokens[i].Sentence == 0 ? FirstSentenceBoost : 1.0;
            foreach (var (concept, weight) in hit.Weights)
            {
                scores[concept] = scores.GetValueOrDefault(concept) + (weight * (1 + rakeScore) * boost);
            }

            matches.Add(new ConceptMatch(hit.Term, string.Join(' ', tokens.Skip(i).Take(n).Select(t => t.Text)), i, phraseOf[i]));
            i += n;
        }

        var vector = scores.Where(kv => kv.Value > 0)
            .Select(kv => new ConceptScore(kv.Key, Math.Round(kv.Value, 4)))
            .OrderByDescending(c => c.Score).ThenBy(c => c.Id, StringComparer.Ordinal).ToArray();
        return new ConceptAnalysis(vector, matches, rake.Phrases, lexicon.Version);
    }

    /// <summary>The built-in lexicon's version.</summary>
    public static string LexiconVersion => Lexicon.Default.Version;

    /// <summary>Every concept id the built-in lexicon knows, sorted.</summary>
    public static IReadOnlyList<string> KnownConcepts => Lexicon.Default.Concepts;

    // For each token, the words of the punctuation-delimited run it sits in (stop words included), so a match can
    // report the phrase it came from.
    private static string[] PhraseIndex(IReadOnlyList<Token> tokens)
    {
        var result = new string[tokens.Count];
        int start = 0;
        for (int i = 0; i <= tokens.Count; i++)
        {
            if (i == tokens.Count || (i > start && tokens[i].BreakBefore))
            {
                string phrase = string.Join(' ', tokens.Skip(start).Take(i - start).Select(t => t.Text));
                for (int k = start; k < i; k++)
                {
                    result[k] = phrase;
                }

                start = i;
            }
        }

        return result;
    }
}
