using Ornament.Generators.Concepts;
using Ornament.Generators.Recipes;

namespace Ornament.Generators.Tests.Concepts;

public class CyrillicTextTests
{
    [Fact]
    public void Russian_desert_sunset_is_a_golden_desert_landscape()
    {
        const string text = "Художник пишет пустыню на закате: золотые барханы, одинокий саксаул и юрта у горизонта. " +
                            "Вечерний ветер гонит песок.";
        var r = RecipeBuilder.FromText(text);
        var ids = r.Concepts.Select(c => c.Id).ToArray();
        Assert.Contains("desert", ids);
        Assert.Contains("sunset", ids);
        Assert.Contains("painter", ids);
        Assert.Contains("yurt", ids);
        Assert.Equal("landscape", r.Mode);
        Assert.Equal("desert", r.Landscape.Scene);
        Assert.Equal("golden", r.Landscape.Time);
        Assert.Equal("painterly", r.Landscape.Style);
        Assert.Equal("desert-gold-sunset", r.Palette);
        Assert.InRange(r.Landscape.Yurts, 1, 5);
    }

    [Fact]
    public void Russian_felt_carpet_phrase_matches_with_or_without_yo()
    {
        Assert.True(ConceptAnalyzer.Analyze("Старый войлочный ковёр")["felt_carpet"] > 0);
        Assert.Equal(
            ConceptAnalyzer.Analyze("войлочный ковёр")["felt_carpet"],
            ConceptAnalyzer.Analyze("войлочный ковер")["felt_carpet"]);
    }

    [Fact]
    public void Kazakh_syrmak_text_is_a_syrmak_carpet()
    {
        const string text = "Шебер әже қызыл және ақ киізден сырмақ тігеді. Оюлы сырмақ киіз үйдің төрінде жатады.";
        var r = RecipeBuilder.FromText(text);
        var ids = r.Concepts.Select(c => c.Id).ToArray();
        Assert.Contains("felt_carpet", ids);
        Assert.Contains("technique_syrmak", ids);
        Assert.Contains("intricate", ids);
        Assert.Contains("yurt", ids);
        Assert.Equal("ornament", r.Mode);
        Assert.Equal("syrmak", r.Ornament.Technique);
        Assert.Equal("syrmak-red-cream", r.Palette);
        Assert.Equal(2, r.Ornament.Intricacy);
    }

    [Fact]
    public void Kazakh_desert_night_is_a_starry_desert()
    {
        var r = RecipeBuilder.FromText("Түнде шөл даласында жұлдыздар жарқырайды, құм үстінде киіз үй тұр.");
        Assert.Equal("landscape", r.Mode);
        Assert.Equal("desert", r.Landscape.Scene);
        Assert.Equal("night", r.Landscape.Time);
        Assert.Equal("starry-desert-night", r.Palette);
        Assert.True(r.Landscape.Stars > 0);
    }

    [Fact]
    public void Kazakh_letters_stay_inside_words()
    {
        var tokens = Tokenizer.Tokenize("Қызғалдақ, Әсем-Өзен; ұлы һәм ірі ғана!");
        Assert.Equal(["қызғалдақ", "әсем", "өзен", "ұлы", "һәм", "ірі", "ғана"], tokens.Select(t => t.Text));
        Assert.False(tokens[2].BreakBefore); // hyphen keeps the compound together
        Assert.True(tokens[3].BreakBefore);  // semicolon breaks the phrase
        Assert.Equal(1, tokens[3].Sentence);
    }

    [Fact]
    public void Normaliser_composes_and_lowercases()
    {
        Assert.Equal("ковёр", TextNormalizer.Normalize("КОВЕ\u0308Р"));
        Assert.Equal("\u00e9t\u00e9", TextNormalizer.Normalize("E\u0301TE\u0301"));
    }
}
