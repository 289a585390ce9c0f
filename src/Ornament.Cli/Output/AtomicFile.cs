using System.IO;

namespace Ornament.Cli;

/// <summary>Writes a file so that it either appears complete or not at all: the bytes go to a temporary file in the
/// same folder, which is renamed over the target only after it was written and flushed. A failed or killed write
/// leaves no partial output under the target's name, and the temporary file is removed on failure. A device, pipe
/// or socket (/dev/null, /dev/full, a FIFO) is written in place instead: renaming over it would replace the node.</summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> with <paramref name="write"/>; "-" writes to <paramref name="stdout"/>.</summary>
    public static void Write(string path, Action<Stream> write, Stream? stdout = null)
    {
        if (path == "-")
        {
            var s = stdout ?? Console.OpenStandardOutput();
            try
            {
                write(s);
                s.Flush();
            }
            catch (IOException ex)
            {
                throw new CliException($"cannot write to stdout: {Reason(ex, "-", "stdout")}");
            }

            return;
        }

        var full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new CliException($"output '{path}' is a folder, not a file");
        }

        if (SpecialFile.Is(full))
        {
            WriteInPlace(path, full, write);
            return;
        }

        var dir = System.IO.Path.GetDirectoryName(full) ?? ".";
        CheckFolder(path, dir);
        var tmp = System.IO.Path.Combine(dir, $".{System.IO.Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        FileStream fs;
        try
        {
            fs = new FileStream(tmp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write '{path}': the folder '{dir}' does not accept new files ({Reason(ex, tmp, path)})");
        }

        try
        {
            using (fs)
            {
                write(fs);
                fs.Flush(flushToDisk: true);
            }

            File.Move(tmp, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(tmp);
            throw new CliException($"cannot write '{path}': {Reason(ex, tmp, path)}");
        }
        catch
        {
            TryDelete(tmp);
            throw;
        }
    }

    private static void WriteInPlace(string path, string full, Action<Stream> write)
    {
        try
        {
            using var fs = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1 << 16);
            write(fs);
            fs.Flush();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write '{path}': {Reason(ex, full, path)}");
        }
    }

    /// <summary>Names the real problem when the output's folder is missing: a missing folder, or a path that runs
    /// through a regular file.</summary>
    private static void CheckFolder(string path, string dir)
    {
        if (Directory.Exists(dir))
        {
            return;
        }

        for (string? d = dir; !string.IsNullOrEmpty(d); d = System.IO.Path.GetDirectoryName(d))
        {
            if (File.Exists(d))
            {
                throw new CliException($"cannot write '{path}': '{d}' is a file, not a folder");
            }

            if (Directory.Exists(d))
            {
                break;
            }
        }

        throw new CliException($"output folder '{dir}' does not exist (for '{path}')");
    }

    /// <summary>A short reason in words, without the temporary file's name.</summary>
    private static string Reason(Exception ex, string tmp, string path)
    {
        string m = ex.Message;
        if (ex.HResult == 28 || m.Contains("No space left", StringComparison.OrdinalIgnoreCase) || ex.HResult == 122)
        {
            return "no space left on the device";
        }

        if (ex.HResult == 30 || m.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase))
        {
            return "read-only file system";
        }

        return ex switch
        {
            UnauthorizedAccessException => "permission denied",
            FileNotFoundException or DirectoryNotFoundException => "no such file can be created there",
            _ => OneLine(m.Replace(tmp, path, StringComparison.Ordinal)),
        };
    }

    private static void TryDelete(string f)
    {
        try
        {
            File.Delete(f);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    internal static string OneLine(string s) => s.ReplaceLineEndings(" ").Trim();
}
