using System.Runtime.InteropServices;

namespace Ornament.Cli;

/// <summary>Tells whether an existing path is a device, pipe or socket (e.g. /dev/null, /dev/full, /dev/stdout).
/// <see cref="AtomicFile"/> must not rename a temporary file over such a node: that would replace the device with
/// a regular file. .NET exposes no file type on Unix, so this asks Linux statx(2), whose layout is the same on every
/// architecture; elsewhere (or when the call is unavailable) every path counts as a regular file.</summary>
internal static unsafe partial class SpecialFile
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const ushort TypeMask = 0xF000;
    private const ushort Regular = 0x8000;
    private const ushort Directory = 0x4000;
    private const int StatxSize = 256;
    private const int ModeOffset = 28;

    public static bool Is(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        byte* buf = stackalloc byte[StatxSize];
        try
        {
            if (Statx(AtFdCwd, path, 0, StatxType, buf) != 0)
            {
                return false; // does not exist (or cannot be examined): the normal path reports the problem
            }
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
        catch (DllNotFoundException)
        {
            return false;
        }

        ushort type = (ushort)(*(ushort*)(buf + ModeOffset) & TypeMask);
        return type != Regular && type != Directory;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int Statx(int dirfd, string path, int flags, uint mask, byte* buffer);
}
