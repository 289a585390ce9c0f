namespace Ornament.Generators.Concepts;

/// <summary>Stop words split RAKE candidate phrases and never score. English is a general function-word list;
/// Russian and Kazakh are short lists of the commonest conjunctions, pronouns, particles and postpositions.</summary>
internal static class StopWords
{
    private static readonly HashSet<string> All = new(
        English().Concat(Russian()).Concat(Kazakh()).Select(TextNormalizer.MatchKey), StringComparer.Ordinal);

    public static bool Contains(string lowerWord) => All.Contains(TextNormalizer.MatchKey(lowerWord));

    private static IEnumerable<string> English() => """
        a about above across after afterwards again against all almost alone along already also although always am
        among amongst an and another any anyhow anyone anything anyway anywhere are around as at back be became
        because become becomes becoming been before beforehand behind being below beside besides between beyond
        both but by can cannot could did do does doing done down during each either else elsewhere enough even
        ever every everyone everything everywhere except few for former formerly from further had has have having
        he her here hers herself him himself his how however i if in indeed into is it its itself just last
        latter least less many may me meanwhile might mine more moreover most mostly much must my myself namely
        neither never nevertheless next no nobody none noone nor not nothing now nowhere of off often on once one
        only onto or other others otherwise our ours ourselves out over own per perhaps please quite rather
        same several she should since so some somehow someone something sometime sometimes somewhere still such
        than that the their theirs them themselves then thence there thereafter thereby therefore therein these
        they this those though through throughout thru thus to together too toward towards under until up upon
        us very via was we well were what whatever when whence whenever where whereas wherever whether which
        while who whoever whole whom whose why will with within without would yet you your yours yourself
        yourselves 's s t don didn doesn isn wasn weren won wouldn couldn shouldn it's he's she's i'm
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<string> Russian() => """
        и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от
        меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж
        вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без
        будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один
        почти мой тем чтобы нее были куда зачем всех никогда можно при наконец два об другой хоть после над больше
        тот через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше
        чуть том нельзя такой им более всегда конечно всю между это её
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<string> Kazakh() => """
        және мен мына сол бұл ол олар біз сіз сен мен не да де та те ғой ма ме ба бе па пе үшін бойынша туралы
        арқылы дейін кейін сияқты сондай осы барлық әр бір екі қазір енді тағы әлі ғана тек немесе бірақ өйткені
        егер онда мұнда қайда қашан неге кім не қалай жоқ бар еді болды болып болса
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
}
