namespace Ornament.Generators.Landscape;

/// <summary>One depth layer of a landscape, back to front.</summary>
/// <param name="Name">Layer (and SVG group) name: "sky", "far", "mid", "hills", "plain", "near".</param>
/// <param name="Depth">0 = nearest … 1 = farthest.</param>
/// <param name="Haze">Aerial-perspective mix toward the haze colour, t = 1 − exp(−β·d).</param>
internal sealed record LandscapeLayer(string Name, double Depth, double Haze);

/// <summary>The decisions a landscape generator made, for recipes, traits and tests.</summary>
/// <param name="Scene">What the picture shows.</param>
/// <param name="Time">The light.</param>
/// <param name="Style">The render style.</param>
/// <param name="PaletteName">The palette used.</param>
/// <param name="Width">User-space width (1000·aspect).</param>
/// <param name="Height">User-space height (1000).</param>
/// <param name="Horizon">Horizon height as a fraction of the height from the bottom.</param>
/// <param name="HorizonY">The horizon's y in user units (y grows downwards).</param>
/// <param name="Layers">Depth layers back to front (sky first).</param>
/// <param name="BrushRadii">Painterly brush radii as fractions of the width, largest first.</param>
/// <param name="Yurts">Yurts placed.</param>
/// <param name="Riders">Riders placed.</param>
/// <param name="Stars">Stars placed (night).</param>
/// <param name="SunOrMoon">Centre of the sun or moon disc in user units (x, y), or null when none is visible.</param>
/// <param name="Strokes">Brush strokes painted (painterly: every pass plus the foreground grass blades, bristle lanes
/// not counted; 0 for the other styles and for <see cref="LandscapeGenerator.Design"/>, which paints nothing).</param>
/// <param name="GrassBlades">Foreground grass blades (counted in <paramref name="Strokes"/>).</param>
/// <param name="BristleLanes">Bristle lanes painted inside the brush strokes (not counted in <paramref name="Strokes"/>).</param>
internal sealed record LandscapeDesign(
    SceneKind Scene,
    TimeOfDay Time,
    RenderStyle Style,
    string PaletteName,
    double Width,
    double Height,
    double Horizon,
    double HorizonY,
    IReadOnlyList<LandscapeLayer> Layers,
    IReadOnlyList<double> BrushRadii,
    int Yurts,
    int Riders,
    int Stars,
    (double X, double Y)? SunOrMoon,
    int Strokes = 0,
    int GrassBlades = 0,
    int BristleLanes = 0);
