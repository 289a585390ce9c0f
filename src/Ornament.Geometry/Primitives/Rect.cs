namespace Ornament.Geometry;

/// <summary>An axis-aligned rectangle given by its left, top, right and bottom edges.</summary>
/// <param name="Left">Smallest x.</param>
/// <param name="Top">Smallest y.</param>
/// <param name="Right">Largest x.</param>
/// <param name="Bottom">Largest y.</param>
public readonly record struct Rect(double Left, double Top, double Right, double Bottom)
{
    /// <summary>An empty rectangle that is the identity for <see cref="Union(Rect)"/>.</summary>
    public static Rect Empty => new(double.PositiveInfinity, double.PositiveInfinity, double.NegativeInfinity, double.NegativeInfinity);

    /// <summary>Makes a rectangle from its origin and size.</summary>
    public static Rect FromXywh(double x, double y, double width, double height) => new(x, y, x + width, y + height);

    /// <summary>Width (may be negative for <see cref="Empty"/>).</summary>
    public double Width => Right - Left;

    /// <summary>Height (may be negative for <see cref="Empty"/>).</summary>
    public double Height => Bottom - Top;

    /// <summary>True when the rectangle encloses no area and no point.</summary>
    public bool IsEmpty => !(Right >= Left && Bottom >= Top);

    /// <summary>The centre point.</summary>
    public Vec2 Center => new((Left + Right) / 2, (Top + Bottom) / 2);

    /// <summary>The smallest rectangle holding both.</summary>
    public Rect Union(Rect other) => new(
        Math.Min(Left, other.Left), Math.Min(Top, other.Top),
        Math.Max(Right, other.Right), Math.Max(Bottom, other.Bottom));

    /// <summary>The smallest rectangle holding this one and a point.</summary>
    public Rect Union(Vec2 p) => new(Math.Min(Left, p.X), Math.Min(Top, p.Y), Math.Max(Right, p.X), Math.Max(Bottom, p.Y));

    /// <summary>The overlap of two rectangles (possibly empty).</summary>
    public Rect Intersect(Rect other) => new(
        Math.Max(Left, other.Left), Math.Max(Top, other.Top),
        Math.Min(Right, other.Right), Math.Min(Bottom, other.Bottom));

    /// <summary>True when the point lies inside or on the border.</summary>
    public bool Contains(Vec2 p) => p.X >= Left && p.X <= Right && p.Y >= Top && p.Y <= Bottom;

    /// <summary>Grows the rectangle by <paramref name="d"/> on every side.</summary>
    public Rect Inflate(double d) => new(Left - d, Top - d, Right + d, Bottom + d);

    /// <summary>The bounding box of the rectangle's four corners after <paramref name="t"/>.</summary>
    public Rect Transform(Affine t)
    {
        if (IsEmpty)
        {
            return this;
        }

        var r = Empty;
        r = r.Union(t.Apply(new Vec2(Left, Top)));
        r = r.Union(t.Apply(new Vec2(Right, Top)));
        r = r.Union(t.Apply(new Vec2(Left, Bottom)));
        return r.Union(t.Apply(new Vec2(Right, Bottom)));
    }
}
