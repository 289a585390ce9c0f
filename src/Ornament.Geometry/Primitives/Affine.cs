namespace Ornament.Geometry;

/// <summary>A 2×3 affine transform in SVG's <c>matrix(a b c d e f)</c> convention:
/// x' = a·x + c·y + e, y' = b·x + d·y + f.</summary>
/// <param name="A">Scale/rotation, x from x.</param>
/// <param name="B">Shear/rotation, y from x.</param>
/// <param name="C">Shear/rotation, x from y.</param>
/// <param name="D">Scale/rotation, y from y.</param>
/// <param name="E">Translation in x.</param>
/// <param name="F">Translation in y.</param>
public readonly record struct Affine(double A, double B, double C, double D, double E, double F)
{
    /// <summary>The identity transform.</summary>
    public static Affine Identity => new(1, 0, 0, 1, 0, 0);

    /// <summary>True when this is exactly the identity.</summary>
    public bool IsIdentity => this == Identity;

    /// <summary>The determinant of the linear part.</summary>
    public double Determinant => (A * D) - (B * C);

    /// <summary>True when every coefficient is finite.</summary>
    public bool IsFinite => double.IsFinite(A) && double.IsFinite(B) && double.IsFinite(C) &&
                            double.IsFinite(D) && double.IsFinite(E) && double.IsFinite(F);

    /// <summary>A translation.</summary>
    public static Affine Translate(double tx, double ty) => new(1, 0, 0, 1, tx, ty);

    /// <summary>A translation.</summary>
    public static Affine Translate(Vec2 t) => new(1, 0, 0, 1, t.X, t.Y);

    /// <summary>A scale about the origin.</summary>
    public static Affine Scale(double sx, double sy) => new(sx, 0, 0, sy, 0, 0);

    /// <summary>A uniform scale about the origin.</summary>
    public static Affine Scale(double s) => new(s, 0, 0, s, 0, 0);

    /// <summary>A rotation about the origin by <paramref name="radians"/> (positive turns +X towards +Y).</summary>
    public static Affine Rotate(double radians)
    {
        double c = Math.Cos(radians), s = Math.Sin(radians);
        return new Affine(c, s, -s, c, 0, 0);
    }

    /// <summary>A rotation about <paramref name="center"/>.</summary>
    public static Affine Rotate(double radians, Vec2 center) =>
        Translate(-center.X, -center.Y).Then(Rotate(radians)).Then(Translate(center.X, center.Y));

    /// <summary>An SVG <c>skewX</c>.</summary>
    public static Affine SkewX(double radians) => new(1, 0, Math.Tan(radians), 1, 0, 0);

    /// <summary>An SVG <c>skewY</c>.</summary>
    public static Affine SkewY(double radians) => new(1, Math.Tan(radians), 0, 1, 0, 0);

    /// <summary>Mirror across the vertical line x = <paramref name="x"/>.</summary>
    public static Affine MirrorX(double x = 0) => new(-1, 0, 0, 1, 2 * x, 0);

    /// <summary>Mirror across the horizontal line y = <paramref name="y"/>.</summary>
    public static Affine MirrorY(double y = 0) => new(1, 0, 0, -1, 0, 2 * y);

    /// <summary>The transform that applies <c>this</c> first and then <paramref name="next"/>.</summary>
    public Affine Then(Affine next) => new(
        (next.A * A) + (next.C * B),
        (next.B * A) + (next.D * B),
        (next.A * C) + (next.C * D),
        (next.B * C) + (next.D * D),
        (next.A * E) + (next.C * F) + next.E,
        (next.B * E) + (next.D * F) + next.F);

    /// <summary>Composition: <c>outer * inner</c> applies <paramref name="inner"/> first.</summary>
    public static Affine operator *(Affine outer, Affine inner) => inner.Then(outer);

    /// <summary>Maps a point.</summary>
    public Vec2 Apply(Vec2 p) => new((A * p.X) + (C * p.Y) + E, (B * p.X) + (D * p.Y) + F);

    /// <summary>Maps a direction (ignores translation).</summary>
    public Vec2 ApplyVector(Vec2 v) => new((A * v.X) + (C * v.Y), (B * v.X) + (D * v.Y));

    /// <summary>The inverse transform.</summary>
    /// <exception cref="InvalidOperationException">The transform is singular.</exception>
    public Affine Invert()
    {
        double det = Determinant;
        if (det == 0 || !double.IsFinite(det))
        {
            throw new InvalidOperationException("The transform is singular and has no inverse.");
        }

        double inv = 1.0 / det;
        double a = D * inv, b = -B * inv, c = -C * inv, d = A * inv;
        return new Affine(a, b, c, d, -((a * E) + (c * F)), -((b * E) + (d * F)));
    }

    /// <summary>The largest factor by which this transform can stretch a length (used to turn a device tolerance
    /// into a user-space tolerance).</summary>
    public double MaxScale
    {
        get
        {
            // Singular values of the 2x2 linear part.
            double s1 = (A * A) + (B * B) + (C * C) + (D * D);
            double det = Determinant;
            double disc = Math.Sqrt(Math.Max(0, (s1 * s1) - (4 * det * det)));
            return Math.Sqrt((s1 + disc) / 2);
        }
    }
}
