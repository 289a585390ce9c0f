using Ornament.Paint;

namespace Ornament.Generators.Landscape;

/// <summary>Stroke direction family of a layer, for the painterly orientation field.</summary>
internal enum Flow
{
    Sky,
    Ridge,
    Rolling,
    Dune,
    Ground,
}

/// <summary>One depth layer of the world model: a silhouette top edge y = Top(x) (sampled), everything below it
/// belongs to the layer until a nearer layer covers it, and an analytic colour function (light and aerial perspective
/// already applied).</summary>
internal sealed class Layer
{
    private readonly float[] _top;
    private readonly double _dx;

    public Layer(string name, double depth, double haze, float[] top, double width, Flow flow)
    {
        Name = name;
        Depth = depth;
        Haze = haze;
        _top = top;
        _dx = width / (top.Length - 1);
        Flow = flow;
        Color = (_, _) => default;
    }

    public string Name { get; }

    public double Depth { get; }

    public double Haze { get; }

    public Flow Flow { get; }

    public Func<double, double, Oklab> Color { get; set; }

    /// <summary>Dunes per picture height along a dune layer's crest line (0 for other layers): the smooth style draws
    /// the rows of dunes behind it at this scale.</summary>
    public double DuneFrequency { get; set; }

    public int Samples => _top.Length;

    public double SampleX(int i) => i * _dx;

    public double TopSample(int i) => _top[i];

    /// <summary>The highest point of the silhouette (the smallest y of its samples).</summary>
    public double MinTop()
    {
        double min = double.MaxValue;
        foreach (float t in _top)
        {
            min = Math.Min(min, t);
        }

        return min;
    }

    public double TopAt(double x)
    {
        double f = x / _dx;
        int i = (int)Math.Floor(f);
        if (i < 0)
        {
            return _top[0];
        }

        if (i >= _top.Length - 1)
        {
            return _top[^1];
        }

        double t = f - i;
        return _top[i] + ((_top[i + 1] - _top[i]) * t);
    }

    /// <summary>dTop/dx (y grows downwards, so a negative slope rises to the right): the secant over the finest
    /// window, two profile samples either side.</summary>
    public double SlopeAt(double x) => SlopeOver(x, 0);

    /// <summary>The mean slope over [x − half, x + half] (a secant; at least the <see cref="SlopeAt"/> window): the
    /// silhouette's slope seen at a coarser scale. Lower on a mountain face the light follows the big form, not every
    /// notch of the crest above.</summary>
    public double SlopeOver(double x, double half)
    {
        half = Math.Max(half, _dx * 2);
        return (TopAt(x + half) - TopAt(x - half)) / (2 * half);
    }
}
