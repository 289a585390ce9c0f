using Ornament.Generators.Concepts;

namespace Ornament.Generators.Tests.Concepts;

public class EnglishStemmerTests
{
    // Pairs from the Snowball English sample vocabulary (voc.txt → output.txt), written out by hand, plus the
    // algorithm's special words and classic examples of each step.
    private const string Vocabulary = """
        consign consign; consigned consign; consigning consign; consignment consign; consist consist;
        consisted consist; consistency consist; consistent consist; consistently consist; consisting consist;
        consists consist; consolation consol; consolations consol; consolatory consolatori; console consol;
        consoled consol; consoles consol; consolidate consolid; consolidated consolid; consolidating consolid;
        consoling consol; consolingly consol; consols consol; consonant conson; consort consort; consorted consort;
        consorting consort; conspicuous conspicu; conspicuously conspicu; conspiracy conspiraci; conspirator conspir;
        conspirators conspir; conspire conspir; conspired conspir; conspiring conspir; constable constabl;
        constables constabl; constance constanc; constancy constanc; constant constant;
        knack knack; knackeries knackeri; knacks knack; knag knag; knave knave; knaves knave; knavish knavish;
        kneaded knead; kneading knead; knee knee; kneel kneel; kneeled kneel; kneeling kneel; kneels kneel;
        knees knee; knell knell; knelt knelt; knew knew; knick knick; knif knif; knife knife; knight knight;
        knightly knight; knights knight; knit knit; knits knit; knitted knit; knitting knit; knives knive;
        knob knob; knobs knob; knock knock; knocked knock; knocker knocker; knockers knocker; knocking knock;
        knocks knock; knopp knopp; knot knot; knots knot;
        generously generous; generate generat; generation generat; skies sky; skis ski; dying die; lying lie;
        tying tie; idly idl; gently gentl; ugly ugli; early earli; only onli; singly singl; news news; atlas atlas;
        cosmos cosmos; bias bias; andes andes; inning inning; outing outing; canning canning; herring herring;
        proceed proceed; exceed exceed; succeeding succeed; cried cri; ties tie; caresses caress; ponies poni;
        cats cat; gas gas; gaps gap; kiwis kiwi; hopping hop; hoping hope; running run; agreed agre; feed feed;
        happily happili; hopeful hope; goodness good; electrical electr; adjustable adjust; irritant irrit;
        replacement replac; adjustment adjust; dependent depend; adoption adopt; relational relat;
        conditional condit; rational ration; sensational sensat; painting paint; painter painter;
        steppes stepp; carpets carpet; brushstrokes brushstrok; yurts yurt; deserts desert; sunsets sunset
        """;

    public static TheoryData<string, string> Pairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var pair in Vocabulary.Split(';'))
        {
            var p = pair.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
            data.Add(p[0], p[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Stems_as_published(string word, string stem) => Assert.Equal(stem, EnglishStemmer.Stem(word));

    [Fact]
    public void Vocabulary_sample_is_large() => Assert.True(Pairs().Count >= 120);

    [Fact]
    public void Possessive_apostrophe_is_removed() => Assert.Equal("naoko", EnglishStemmer.Stem("naoko's"));
}
