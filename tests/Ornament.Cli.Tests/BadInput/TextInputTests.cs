using System.IO;
using System.Text;

namespace Ornament.Cli.Tests.BadInput;

/// <summary>Bad seed texts for `render --text-file`: empty, blank, binary, non-UTF-8, NUL bytes, 100 MB (over the
/// documented 16 MiB limit, refused from the file size without reading it), stdin over the limit, missing, a
/// folder. All are usage errors (exit 2) except a missing file or a folder (exit 1).</summary>
public class TextInputTests
{
    public static TheoryData<string, byte[], string> Texts => new()
    {
        { "empty", [], "the text is empty" },
        { "blank", Encoding.UTF8.GetBytes(" \n\t \n"), "the text is empty" },
        { "binary", Binary(), "not UTF-8" },
        { "latin1", Encoding.Latin1.GetBytes("café on the steppe, ürgen"), "not UTF-8" },
        { "nul", Encoding.UTF8.GetBytes("felt\0carpet\0"), "NUL" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_bad_text_file_is_refused(string name, byte[] bytes, string problem)
    {
        var dir = BadInputFixture.FolderWith(name + ".txt", bytes);
        BadInputAssert.Fails(dir, 2, [name + ".txt", problem], "render", "--text-file", name + ".txt", "-o", "out.png");
    }

    [Fact]
    public void A_100_MB_text_file_is_refused_by_its_size()
    {
        var dir = CliRunner.TempDir();
        string big = Path.Combine(dir, "big.txt");
        using (var fs = File.Create(big))
        {
            var line = Encoding.UTF8.GetBytes("the steppe wind over the felt yurt and the ram's horn ornament\n");
            for (long n = 0; n < 100L * 1000 * 1000; n += line.Length)
            {
                fs.Write(line);
            }
        }

        BadInputAssert.Fails(dir, 2, ["big.txt", "16 MiB"], "render", "--text-file", "big.txt", "-o", "out.png");
    }

    [Fact]
    public void Text_on_stdin_over_the_limit_is_refused()
    {
        var dir = CliRunner.TempDir();
        var input = Path.Combine(CliRunner.TempDir(), "stdin.txt");
        File.WriteAllBytes(input, Encoding.UTF8.GetBytes(new string('a', (16 * 1024 * 1024) + 10)));
        BadInputAssert.FailsWatching(dir, [dir], 2, ["stdin", "16 MiB"], input, null, "render", "--text-file", "-", "-o", "out.png");
    }

    [Fact]
    public void A_missing_text_file_or_a_folder_fails_with_exit_1()
    {
        var dir = CliRunner.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "sub"));
        BadInputAssert.Fails(dir, 1, ["nope.txt", "does not exist"], "render", "--text-file", "nope.txt", "-o", "out.png");
        BadInputAssert.Fails(dir, 1, ["sub", "folder"], "render", "--text-file", "sub", "-o", "out.png");
    }

    private static byte[] Binary()
    {
        // Every byte value, twice, in a scrambled but fixed order: NULs, 0xFF, lone continuation bytes.
        var b = new byte[512];
        for (int i = 0; i < b.Length; i++)
        {
            b[i] = (byte)((i * 167) + 13);
        }

        return b;
    }
}
