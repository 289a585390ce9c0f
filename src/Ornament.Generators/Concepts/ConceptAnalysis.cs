namespace Ornament.Generators.Concepts;

/// <summary>One named concept and its score.</summary>
/// <param name="Id">Concept id (felt_carpet, desert, …).</param>
/// <param name="Score">Σ weight × (1 + RAKE word score) × position boost over its matches.</param>
public sealed record ConceptScore(string Id, double Score);

/// <summary>One lexicon hit in the text.</summary>
/// <param name="Term">The lexicon term that matched.</param>
/// <param name="Text">The words of the text that matched.</param>
/// <param name="TokenIndex">Index of the first matched word.</param>
/// <param name="Phrase">The RAKE candidate phrase around the match (used e.g. for the music rhythm).</param>
public sealed record ConceptMatch(string Term, string Text, int TokenIndex, string Phrase);

/// <summary>What the text is about: the concept vector (sorted by score, then id), the lexicon hits and the top RAKE
/// phrases.</summary>
internal sealed class ConceptAnalysis
{
    internal ConceptAnalysis(IReadOnlyList<ConceptScore> concepts, IReadOnlyList<ConceptMatch> matches,
        IReadOnlyList<RakePhrase> phrases, string lexiconVersion)
    {
        Concepts = concepts;
        Matches = matches;
        Phrases = phrases;
        LexiconVersion = lexiconVersion;
    }

    /// <summary>Concepts with a positive score, best first (ties by id, ordinal).</summary>
    public IReadOnlyList<ConceptScore> Concepts { get; }

    /// <summary>Lexicon hits in text order.</summary>
    public IReadOnlyList<ConceptMatch> Matches { get; }

    /// <summary>All RAKE candidate phrases, best first.</summary>
    public IReadOnlyList<RakePhrase> Phrases { get; }

    /// <summary>Version of the lexicon that produced this analysis.</summary>
    public string LexiconVersion { get; }

    /// <summary>The score of a concept (0 when absent).</summary>
    public double this[string id] => Concepts.FirstOrDefault(c => c.Id == id)?.Score ?? 0;
}
