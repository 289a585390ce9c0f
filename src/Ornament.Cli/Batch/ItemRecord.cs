using Ornament.Generators.Recipes;

namespace Ornament.Cli.Batch;

/// <summary>A file an item wrote, relative to the series folder (with '/' separators).</summary>
internal sealed record ItemFile(string Path, string Sha256, long Bytes);

/// <summary>What one finished item left behind: written last, atomically, as <c>items/NAME.json</c>, so its presence
/// (with matching file hashes) is what marks the item done and manifest.json can always be rebuilt from these.</summary>
internal sealed record ItemRecord(
    int Number,
    string Name,
    string Key,
    string? Variation,
    string Source,
    int Width,
    int Height,
    IReadOnlyList<Trait> Traits,
    IReadOnlyList<ItemFile> Files,
    ItemFile Thumb,
    int ThumbWidth,
    int ThumbHeight,
    long Milliseconds,
    string RecipeJson)
{
    /// <summary>The full-size file to link to: the PNG when there is one.</summary>
    public ItemFile Main => Files[0];

    public string TraitValue(string name) => Traits.FirstOrDefault(t => t.Name == name)?.Value ?? "None";
}
