namespace Ornament.Cli.Tests.BadInput;

/// <summary>Bad names and values on the command line: unknown palette, style, scene, story and kind (the nearest
/// valid name is suggested), bad `--set` keys and values, and sizes that are 0, negative, non-numeric or absurd
/// (above the documented --max-pixels default of 100,000,000, with the figure in the message). All exit 2.</summary>
public class FlagValueTests
{
    public static TheoryData<string[], string[]> Rows => new()
    {
        // unknown names: the nearest is suggested
        { ["--palette", "stepe-dawn"], ["stepe-dawn", "did you mean 'steppe-dawn'"] },
        { ["--style", "syrmk"], ["syrmk", "did you mean 'syrmak'"] },
        { ["--scene", "montains"], ["montains", "did you mean 'mountains'"] },
        { ["--story", "bekzat-popv"], ["bekzat-popv", "did you mean 'bekzat-popov'"] },
        { ["--kind", "poster"], ["--kind", "poster"] },
        // --set keys and values
        { ["--set", "landscape.tme=dawn"], ["landscape.tme", "did you mean 'landscape.time'"] },
        { ["--set", "nonsense"], ["nonsense", "key=value"] },
        { ["--set", "=dawn"], ["=dawn", "key=value"] },
        { ["--set", "landscape.time=noon"], ["noon", "landscape.time", "did you mean"] },
        { ["--set", "chroma=7"], ["7", "chroma", "0.5 to 1.5"] },
        { ["--set", "chroma=NaN"], ["NaN", "chroma"] },
        { ["--set", "ornament.twin=maybe"], ["maybe", "true or false"] },
        { ["--set", "seed=xyz"], ["xyz", "seed"] },
        { ["--set", "width=1e400"], ["1e400", "width"] },
        // sizes
        { ["--width", "0"], ["'0'", "width", "16 to 20000"] },
        { ["--width", "-5"], ["'-5'", "width"] },
        { ["--height", "abc"], ["--height", "'abc'", "not a whole number"] },
        { ["--width", "99999999999"], ["--width", "99999999999", "not a whole number"] },
        { ["--size", "60x90furlongs"], ["60x90furlongs", "size"] },
        { ["--size", "0x0cm"], ["0x0cm", "size"] },
        { ["--dpi", "0"], ["'0'", "dpi"] },
        { ["--dpi", "-300"], ["-300", "dpi"] },
        { ["--width", "20000", "--height", "20000"], ["20000×20000", "400,000,000", "--max-pixels 100,000,000"] },
        { ["--width", "2000", "--height", "2000", "--max-pixels", "1000000"], ["4,000,000", "--max-pixels 1,000,000"] },
        { ["--max-pixels", "0"], ["--max-pixels", "0"] },
        { ["--threads", "0"], ["--threads", "0"] },
        { ["--variation", "!!"], ["--variation", "!!"] },
        { ["--no-such-flag"], ["--no-such-flag"] },
        { ["-o", "out.bmp"], ["out.bmp", ".png or .svg"] },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_bad_flag_value_is_a_usage_error(string[] flags, string[] mentions)
    {
        var dir = CliRunner.TempDir();
        string[] args = flags.Contains("-o") ? ["render", .. flags] : ["render", .. flags, "-o", "out.png"];
        BadInputAssert.Fails(dir, 2, mentions, args);
    }
}
