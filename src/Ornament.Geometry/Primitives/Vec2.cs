using System.Globalization;
using System.Runtime.CompilerServices;

namespace Ornament.Geometry;

/// <summary>A 2-D point or vector in double precision. Geometry is kept in doubles so that flattening and
/// transforms are exact enough for print-size canvases (20 000 px and more).</summary>
/// <param name="X">Horizontal coordinate (grows to the right).</param>
/// <param name="Y">Vertical coordinate (grows downwards, as in SVG).</param>
public readonly record struct Vec2(double X, double Y)
{
    /// <summary>The origin.</summary>
    public static Vec2 Zero => default;

    /// <summary>Euclidean length.</summary>
    public double Length => Math.Sqrt((X * X) + (Y * Y));

    /// <summary>Squared length (no square root).</summary>
    public double LengthSquared => (X * X) + (Y * Y);

    /// <summary>True when both coordinates are finite (not NaN, not infinite).</summary>
    public bool IsFinite => double.IsFinite(X) && double.IsFinite(Y);

    /// <summary>Adds two vectors.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec2 operator +(Vec2 a, Vec2 b) => new(a.X + b.X, a.Y + b.Y);

    /// <summary>Subtracts two vectors.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec2 operator -(Vec2 a, Vec2 b) => new(a.X - b.X, a.Y - b.Y);

    /// <summary>Negates a vector.</summary>
    public static Vec2 operator -(Vec2 a) => new(-a.X, -a.Y);

    /// <summary>Scales a vector.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vec2 operator *(Vec2 a, double s) => new(a.X * s, a.Y * s);

    /// <summary>Scales a vector.</summary>
    public static Vec2 operator *(double s, Vec2 a) => new(a.X * s, a.Y * s);

    /// <summary>Divides a vector by a scalar.</summary>
    public static Vec2 operator /(Vec2 a, double s) => new(a.X / s, a.Y / s);

    /// <summary>Dot product.</summary>
    public static double Dot(Vec2 a, Vec2 b) => (a.X * b.X) + (a.Y * b.Y);

    /// <summary>2-D cross product (z component of the 3-D cross product).</summary>
    public static double Cross(Vec2 a, Vec2 b) => (a.X * b.Y) - (a.Y * b.X);

    /// <summary>Linear interpolation between <paramref name="a"/> (t = 0) and <paramref name="b"/> (t = 1).</summary>
    public static Vec2 Lerp(Vec2 a, Vec2 b, double t) => new(a.X + ((b.X - a.X) * t), a.Y + ((b.Y - a.Y) * t));

    /// <summary>Distance between two points.</summary>
    public static double Distance(Vec2 a, Vec2 b) => (a - b).Length;

    /// <summary>Unit vector in the same direction, or zero for a zero vector.</summary>
    public Vec2 Normalized()
    {
        double len = Length;
        return len > 0 ? new Vec2(X / len, Y / len) : default;
    }

    /// <summary>The vector rotated by +90° (in y-down coordinates this turns clockwise on screen).</summary>
    public Vec2 Perpendicular => new(-Y, X);

    /// <summary>"(x, y)" with invariant-culture round-trip numbers. Written out because the record's generated
    /// ToString would print <see cref="Perpendicular"/>, which is itself a Vec2, and recurse forever.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"({X:R}, {Y:R})");

    /// <summary>Unit vector at <paramref name="radians"/> from the +X axis.</summary>
    public static Vec2 FromAngle(double radians) => new(Math.Cos(radians), Math.Sin(radians));
}
