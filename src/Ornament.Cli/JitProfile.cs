using System.IO;
using System.Runtime;

namespace Ornament.Cli;

/// <summary>The runtime's multi-core JIT (<see cref="ProfileOptimization"/>) for the command line: a run records which
/// methods it compiled into a small file in the user's cache folder, and the next run of the same command replays it,
/// compiling those methods on a background thread ahead of the main thread. The tool runs briefly and calls most of
/// its code once, so without it the main thread compiles ~1,000 methods itself (a 4K painterly landscape: about
/// 0.5 s of its CPU, all on the critical path); the output never depends on it. <c>ORNAMENT_JIT_PROFILE=0</c>
/// turns it off; a folder that cannot be created turns it off silently.</summary>
internal static class JitProfile
{
    /// <summary>Starts recording (and replaying, when a profile of this command exists) for the given arguments.</summary>
    public static void Start(string[] args)
    {
        if (Environment.GetEnvironmentVariable("ORNAMENT_JIT_PROFILE") == "0" || Folder() is not { } folder)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return;
        }

        ProfileOptimization.SetProfileRoot(folder);
        ProfileOptimization.StartProfile(Name(args));
    }

    /// <summary>One profile per command and kind (a carpet and a landscape compile different code): "render-landscape.jit".</summary>
    internal static string Name(string[] args)
    {
        string command = args.Length > 0 && IsWord(args[0]) ? args[0] : "none";
        string kind = "any";
        for (int i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] == "--kind" && IsWord(args[i + 1]))
            {
                kind = args[i + 1];
            }
        }

        return $"{command}-{kind}.jit".ToLowerInvariant();
    }

    private static bool IsWord(string s) => s.Length is > 0 and <= 32 && s.All(char.IsAsciiLetterOrDigit);

    // $XDG_CACHE_HOME/ornament/jit, else ~/.cache/ornament/jit (on Windows the local application data folder).
    private static string? Folder()
    {
        string? cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrEmpty(cache) || !Path.IsPathRooted(cache))
        {
            cache = OperatingSystem.IsWindows()
                ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
                : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home ? Path.Combine(home, ".cache") : null;
        }

        return string.IsNullOrEmpty(cache) ? null : Path.Combine(cache, "ornament", "jit");
    }
}
