using System.IO;

namespace Ornament;

/// <summary>Writes a file so that it appears complete or not at all: into a temporary file in the same folder,
/// renamed over the target after it was flushed. A failed or cancelled write leaves nothing under either name.</summary>
internal static class AtomicWrite
{
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = System.IO.Path.GetFullPath(path);
        var dir = System.IO.Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(dir))
        {
            throw new DirectoryNotFoundException($"Output folder '{dir}' does not exist (for '{path}').");
        }

        var tmp = System.IO.Path.Combine(dir, $".{System.IO.Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var fs = new FileStream(tmp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(fs);
                fs.Flush(flushToDisk: true);
            }

            File.Move(tmp, full, overwrite: true);
        }
        catch
        {
            File.Delete(tmp);
            throw;
        }
    }
}
