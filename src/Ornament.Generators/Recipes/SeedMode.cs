namespace Ornament.Generators.Recipes;

/// <summary>Where the master seed comes from.</summary>
public enum SeedMode
{
    /// <summary>SHA-256 of the NFC text: any change of wording changes the details.</summary>
    Text,

    /// <summary>SHA-256 of the sorted set of concept ids found in the text: two texts about the same things give the
    /// same picture (scores are not hashed, so rewording that shifts weights keeps the seed).</summary>
    Concepts,
}
