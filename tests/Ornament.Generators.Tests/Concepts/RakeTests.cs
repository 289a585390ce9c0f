using Ornament.Generators.Concepts;

namespace Ornament.Generators.Tests.Concepts;

public class RakeTests
{
    [Fact]
    public void Scores_follow_degree_over_frequency()
    {
        // Phrases: "compatibility", "systems", "linear constraints", "set", "natural numbers", "linear".
        // linear: degree 2 + 1 = 3, frequency 2 → 1.5; constraints 2/1; natural 2/1; numbers 2/1; others 1.
        var rake = Rake.Run(Tokenizer.Tokenize(
            "Compatibility of systems of linear constraints over the set of natural numbers. Linear!"));
        var scores = rake.Phrases.ToDictionary(p => p.Text, p => p.Score);
        Assert.Equal(3.5, scores["linear constraints"]);
        Assert.Equal(4.0, scores["natural numbers"]);
        Assert.Equal(1.5, scores["linear"]);
        Assert.Equal(1.0, scores["compatibility"]);
        Assert.Equal(
            ["natural numbers", "linear constraints", "linear", "compatibility", "systems", "set"],
            rake.Phrases.Select(p => p.Text));
    }

    [Fact]
    public void Ties_keep_text_order()
    {
        var rake = Rake.Run(Tokenizer.Tokenize("zebra and apple and mango"));
        Assert.Equal(["zebra", "apple", "mango"], rake.Phrases.Select(p => p.Text));
    }
}
