namespace Ornament.Generators.Landscape;

/// <summary>What the landscape shows (KAZAKH-ORNAMENT.md §5).</summary>
public enum SceneKind
{
    /// <summary>Open steppe: flat horizon, big sky, feather grass.</summary>
    Steppe,

    /// <summary>Tian Shan (Trans-Ili Alatau): ridged snowy ranges, spruce belt, blossoming foothills.</summary>
    Mountains,

    /// <summary>Altyn-Emel / Charyn: dunes, ripples, saxaul, red canyon rock.</summary>
    Desert,

    /// <summary>Night steppe under stars, the Milky Way and a crescent moon.</summary>
    Night,
}

/// <summary>The light.</summary>
public enum TimeOfDay
{
    /// <summary>Cool violet zenith, peach horizon, low sun.</summary>
    Dawn,

    /// <summary>Blue sky, high sun.</summary>
    Day,

    /// <summary>Golden hour / sunset: violet through orange to gold, low red sun.</summary>
    Golden,

    /// <summary>Night: navy sky, stars, moon.</summary>
    Night,
}

/// <summary>How the scene is rendered into paths.</summary>
public enum RenderStyle
{
    /// <summary>Layered brush strokes (Hertzmann 1998) following the scene's form.</summary>
    Painterly,

    /// <summary>Smooth gradients, haze and glow, no strokes.</summary>
    Photographic,

    /// <summary>Stacked translucent deformed polygons (Hobbs-style washes).</summary>
    Watercolour,
}

/// <summary>Everything a landscape depends on. The same options always give the same <see cref="Ornament.Paint.Scene"/>.</summary>
internal sealed record LandscapeOptions
{
    /// <summary>What the picture shows.</summary>
    public SceneKind Scene { get; init; } = SceneKind.Mountains;

    /// <summary>The light; null picks the scene's natural light (night for <see cref="SceneKind.Night"/>, golden for desert,
    /// dawn for steppe, day for mountains).</summary>
    public TimeOfDay? Time { get; init; }

    /// <summary>Painterly, photographic or watercolour.</summary>
    public RenderStyle Style { get; init; } = RenderStyle.Painterly;

    /// <summary>Colours by role; null picks the scene's built-in landscape palette.</summary>
    public Palette? Palette { get; init; }

    /// <summary>The seed: every random decision is a labelled child of it.</summary>
    public SeedPath Seed { get; init; } = new(1);

    /// <summary>Width : height of the scene (the user space is 1000·Aspect × 1000 units).</summary>
    public double Aspect { get; init; } = 16.0 / 9.0;

    /// <summary>Stroke density (1 = default, bold brushwork). Higher values shrink the detail brushes by 1/√Density and
    /// lower their error threshold, so the stroke count grows about linearly while the painted area stays about the
    /// same: Density 1 ≈ 15,000–17,000 strokes, Density 9 ≈ 135,000–155,000, and Density 10 gives at least 150,000
    /// (16:9, grass included; the exact count depends on the scene).
    /// Range (0, 16].</summary>
    public double Density { get; init; } = 1;

    /// <summary>Number of yurts (0 = none).</summary>
    public int Yurts { get; init; } = 1;

    /// <summary>Whether riders on horseback appear (as silhouettes).</summary>
    public bool Riders { get; init; }

    /// <summary>Bristle texture inside strokes (painterly only).</summary>
    public bool Bristles { get; init; }

    /// <summary>"Vibrant colours": chroma × 1.2 and doubled chroma jitter.</summary>
    public bool Vibrant { get; init; } = true;

    /// <summary>When false, smooth colour ramps are built from thin solid bands instead of gradient paints (for
    /// renderers or viewers without gradient support).</summary>
    public bool Gradients { get; init; } = true;

    /// <summary>Horizon height as a fraction of the height from the bottom; null lets the design choose within the
    /// scene's range (§5.1).</summary>
    public double? Horizon { get; init; }

    /// <summary>Number of stars in a night sky; null picks the default (900). Stars appear only at night.</summary>
    public int? Stars { get; init; }

    /// <summary>Whether the crescent moon shows at night; null = yes.</summary>
    public bool? Moon { get; init; }

    /// <summary>Whether tulips bloom in the foreground (steppe and the mountain foothills); null = yes, except at
    /// night.</summary>
    public bool? Tulips { get; init; }

    /// <summary>Fraction of each side reserved for a frame (an ornament border drawn by another generator); the
    /// landscape fills the inner rectangle. 0 = no frame.</summary>
    public double FrameInset { get; init; }

    /// <summary>Worker threads for painting (the strokes and the scene do not depend on it); 0 = the processor count,
    /// at most 8, as the renderer's default.</summary>
    public int Threads { get; init; }

    /// <summary>The thread limit for <see cref="Parallel"/> loops: <see cref="Threads"/>, or the default.</summary>
    internal ParallelOptions Parallelism() => new() { MaxDegreeOfParallelism = Threads > 0 ? Threads : Math.Min(Environment.ProcessorCount, 8) };
}
