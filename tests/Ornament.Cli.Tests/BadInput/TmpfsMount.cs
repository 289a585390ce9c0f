using System.Diagnostics;
using System.IO;

namespace Ornament.Cli.Tests.BadInput;

/// <summary>A small tmpfs mounted for one test: a full disk (a few KiB) or a read-only folder. Tests run as root
/// (here and in CI), so file permissions do not stop a write; a read-only or full file system does. When the
/// mount is impossible the test fails with the reason: a row that cannot run must not pass silently.</summary>
internal sealed class TmpfsMount : IDisposable
{
    private TmpfsMount(string path)
    {
        Path = path;
    }

    public string Path { get; }

    /// <summary>Mounts a tmpfs of <paramref name="sizeKiB"/> KiB; <paramref name="prepare"/> fills it before it is
    /// remounted read-only when <paramref name="readOnly"/>.</summary>
    public static TmpfsMount Create(int sizeKiB, bool readOnly = false, Action<string>? prepare = null)
    {
        string dir = Directory.CreateTempSubdirectory("ornament-tmpfs-").FullName;
        Mount(dir, $"size={sizeKiB}k,mode=0755");
        var m = new TmpfsMount(dir);
        try
        {
            prepare?.Invoke(dir);
            if (readOnly)
            {
                Run("mount", "-o", "remount,ro", dir);
            }
        }
        catch
        {
            m.Dispose();
            throw;
        }

        return m;
    }

    private static void Mount(string dir, string options)
    {
        var (code, output) = Run("mount", "-t", "tmpfs", "-o", options, "tmpfs", dir);
        Assert.True(code == 0, $"this row needs a tmpfs mount (root with CAP_SYS_ADMIN, as on the dev machines and CI) and `mount -t tmpfs` failed ({code}): {output}");
    }

    private static (int Code, string Output) Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        try
        {
            using var p = Process.Start(psi)!;
            string o = p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd();
            p.WaitForExit();
            Assert.True(p.ExitCode == 0 || file != "mount" || args[0] == "-t", $"{file} {string.Join(' ', args)} failed: {o}");
            return (p.ExitCode, o);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, $"cannot run {file}: {e.Message}");
        }
    }

    public void Dispose()
    {
        Run("umount", "-l", Path);
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
