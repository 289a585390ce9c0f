using System.IO;

namespace Ornament.Generators.Concepts;

/// <summary>The seed stories shipped with the library (embedded from Stories/*.txt).</summary>
public static class BuiltInStories
{
    /// <summary>The story used when no input is given.</summary>
    public const string DefaultName = "bekzat-balode";

    /// <summary>Story names, sorted.</summary>
    public static IReadOnlyList<string> Names { get; } = ["bakhyt-naoko", "bekzat-balode", "bekzat-popov"];

    /// <summary>The default story's text.</summary>
    public static string Default => Get(DefaultName);

    /// <summary>A story's text by name.</summary>
    /// <exception cref="KeyNotFoundException">Unknown name (the message lists the stories).</exception>
    public static string Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!Names.Contains(name))
        {
            throw new KeyNotFoundException($"unknown story '{name}'; built-in stories: {string.Join(", ", Names)}");
        }

        using var s = typeof(BuiltInStories).Assembly.GetManifestResourceStream($"Stories/{name}.txt")!;
        using var r = new StreamReader(s);
        return r.ReadToEnd();
    }
}
