using Ornament.Geometry;

namespace Ornament.Paint;

/// <summary>What fills the covered pixels: a solid colour or a gradient.</summary>
public abstract record Paint
{
    private protected Paint()
    {
    }

    /// <summary>A solid paint (convenience).</summary>
    public static SolidPaint Solid(Rgba8 color) => new(color);
}

/// <summary>One colour everywhere.</summary>
/// <param name="Color">The colour (straight alpha).</param>
public sealed record SolidPaint(Rgba8 Color) : Paint;

/// <summary>A colour stop of a gradient.</summary>
/// <param name="Offset">Position along the gradient, 0…1 (clamped; stops are sorted by offset).</param>
/// <param name="Color">Colour at that position (straight alpha).</param>
public readonly record struct GradientStop(double Offset, Rgba8 Color);

/// <summary>A linear gradient from <paramref name="Start"/> to <paramref name="End"/> in the user space of the
/// shape it fills (SVG <c>gradientUnits="userSpaceOnUse"</c>), pad spread, colours interpolated in sRGB.</summary>
/// <param name="Start">Where offset 0 lies.</param>
/// <param name="End">Where offset 1 lies.</param>
/// <param name="Stops">The colour stops in offset order.</param>
/// <param name="GradientTransform">Extra transform of the gradient (SVG <c>gradientTransform</c>).</param>
public sealed record LinearGradient(Vec2 Start, Vec2 End, IReadOnlyList<GradientStop> Stops, Affine? GradientTransform = null) : Paint;

/// <summary>A radial gradient (SVG semantics, pad spread): offset 0 at the focal point, 1 on the circle.</summary>
/// <param name="Center">Centre of the end circle.</param>
/// <param name="Radius">Radius of the end circle.</param>
/// <param name="Stops">The colour stops in offset order.</param>
/// <param name="Focal">Focal point (defaults to the centre).</param>
/// <param name="GradientTransform">Extra transform of the gradient (SVG <c>gradientTransform</c>).</param>
public sealed record RadialGradient(Vec2 Center, double Radius, IReadOnlyList<GradientStop> Stops, Vec2? Focal = null, Affine? GradientTransform = null) : Paint;

/// <summary>How a source colour combines with what is already painted.</summary>
public enum BlendMode : byte
{
    /// <summary>Normal painting (Porter-Duff source-over).</summary>
    SourceOver,

    /// <summary>Darkens: source × destination (W3C compositing "multiply").</summary>
    Multiply,

    /// <summary>Lightens: s + d − s·d (W3C compositing "screen").</summary>
    Screen,
}
