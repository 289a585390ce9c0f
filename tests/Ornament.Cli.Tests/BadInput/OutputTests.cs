using System.IO;

namespace Ornament.Cli.Tests.BadInput;

/// <summary>Outputs that cannot be written. The tests run as root (here and in CI), so chmod cannot make a folder
/// unwritable; these rows use what stops root too: a path that runs through a regular file, /proc (which refuses
/// new files), a read-only tmpfs mount, a full tmpfs mount of 16 KiB, and /dev/full (writes fail with ENOSPC).
/// Exit 1, one line naming the output and the problem, no partial or temporary file, an older file of the same
/// name left as it was, and the device node still a device.</summary>
public class OutputTests(BadInputFixture fx) : IClassFixture<BadInputFixture>
{
    [Fact]
    public void A_missing_output_folder_is_named()
    {
        var dir = BadInputFixture.FolderWith("in.svg", File.ReadAllBytes(fx.Svg));
        BadInputAssert.Fails(dir, 1, ["nope", "does not exist"], "raster", "in.svg", "-o", "nope/out.png");
        BadInputAssert.Fails(dir, 1, ["nope", "does not exist"], "render", "--width", "64", "--height", "48", "-o", "nope/deeper/out.png");
    }

    [Fact]
    public void An_output_path_through_a_regular_file_is_named()
    {
        var dir = BadInputFixture.FolderWith("in.svg", File.ReadAllBytes(fx.Svg));
        BadInputAssert.Fails(dir, 1, ["bystander.txt", "is a file, not a folder"], "raster", "in.svg", "-o", "bystander.txt/out.png");
    }

    [Fact]
    public void An_output_path_that_is_a_folder_is_refused()
    {
        var dir = BadInputFixture.FolderWith("in.svg", File.ReadAllBytes(fx.Svg));
        Directory.CreateDirectory(Path.Combine(dir, "out.png"));
        BadInputAssert.Fails(dir, 1, ["out.png", "is a folder"], "raster", "in.svg", "-o", "out.png");
        BadInputAssert.Fails(dir, 1, ["out.png", "is a folder"], "render", "--width", "64", "--height", "48", "-o", "out.png");
    }

    [Fact]
    public void A_folder_that_refuses_new_files_proc()
    {
        var dir = BadInputFixture.FolderWith("in.svg", File.ReadAllBytes(fx.Svg));
        BadInputAssert.Fails(dir, 1, ["/proc/out.png", "does not accept new files"], "raster", "in.svg", "-o", "/proc/out.png");
    }

    [Fact]
    public void A_read_only_folder_tmpfs()
    {
        var dir = BadInputFixture.FolderWith("in.svg", File.ReadAllBytes(fx.Svg));
        using var ro = TmpfsMount.Create(64, readOnly: true, prepare: d => File.WriteAllText(Path.Combine(d, "out.png"), "older file"));
        string target = Path.Combine(ro.Path, "out.png");
        BadInputAssert.FailsWatching(dir, [dir, ro.Path], 1, [target, "read-only file system"], null, null, "raster", "in.svg", "-o", target);
        BadInputAssert.FailsWatching(dir, [dir, ro.Path], 1, [target, "read-only"], null, null, "render", "--width", "64", "--height", "48", "-o", target);
    }

    [Fact]
    public void A_full_disk_tmpfs_leaves_no_partial_file_and_keeps_the_older_one()
    {
        var dir = BadInputFixture.FolderWith("in.svg", File.ReadAllBytes(fx.Svg));
        using var full = TmpfsMount.Create(16, prepare: d =>
        {
            File.WriteAllText(Path.Combine(d, "out.png"), "older file");
            File.WriteAllText(Path.Combine(d, "bystander.txt"), "must not change");
            Fill(Path.Combine(d, "filler.bin"));
        });
        string png = Path.Combine(full.Path, "out.png"), svg = Path.Combine(full.Path, "out.svg");
        BadInputAssert.FailsWatching(dir, [dir, full.Path], 1, [png, "no space left"], null, null, "render", "--story", "bekzat-popov", "--width", "600", "--height", "400", "-o", png);
        BadInputAssert.FailsWatching(dir, [dir, full.Path], 1, [svg, "no space left"], null, null, "render", "--story", "bekzat-popov", "--width", "600", "--height", "400", "-o", svg);
        BadInputAssert.FailsWatching(dir, [dir, full.Path], 1, [png, "no space left"], null, null, "raster", "in.svg", "-o", png);
    }

    [Fact]
    public void Dev_full_fails_and_stays_a_device()
    {
        Assert.True(SpecialFile.Is("/dev/full"), "/dev/full must exist as a device for this row (and the device check must work before anything is written to it)");
        var dir = BadInputFixture.FolderWith("in.svg", File.ReadAllBytes(fx.Svg));
        BadInputAssert.Fails(dir, 1, ["/dev/full", "no space left"], "raster", "in.svg", "-o", "/dev/full");
        BadInputAssert.FailsWatching(dir, [dir], 1, ["stdout", "no space left"], null, "/dev/full", "raster", "in.svg", "-o", "-");
        Assert.True(SpecialFile.Is("/dev/full"), "/dev/full was replaced by a regular file");
        Assert.Empty(Directory.GetFiles("/dev", ".full.*"));
    }

    [Fact]
    public void Dev_null_is_written_in_place_and_stays_a_device()
    {
        var dir = BadInputFixture.FolderWith("in.svg", File.ReadAllBytes(fx.Svg));
        Assert.True(SpecialFile.Is("/dev/null"), "the device check must recognise /dev/null before anything is written to it");
        var (code, _, err) = OrnamentProcess.Run(dir, "raster", "in.svg", "-o", "/dev/null");
        Assert.True(code == 0, err);
        Assert.True(SpecialFile.Is("/dev/null"), "/dev/null was replaced by a regular file");
        Assert.Empty(Directory.GetFiles("/dev", ".null.*"));
    }

    /// <summary>Writes until the file system is full, so that even a tiny output cannot fit.</summary>
    private static void Fill(string path)
    {
        using var fs = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1);
        var block = new byte[512];
        try
        {
            while (true)
            {
                fs.Write(block);
                fs.Flush();
            }
        }
        catch (IOException)
        {
        }

        // The last failed write may still sit in the buffer; drop it so disposing does not throw again.
        fs.SetLength(fs.Length);
    }
}
