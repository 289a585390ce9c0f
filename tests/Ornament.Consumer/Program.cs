using Ornament;

var art = Artwork.FromText("a syrmak with ram's horns in red and cream", new ArtworkOptions { Width = 400 });
art.Save("carpet.png");                  // PNG with the recipe inside, as `ornament render` writes it
art.Save("carpet.svg");                  // the same picture as SVG
var pixmap = await art.RenderAsync(progress: new Progress<double>(f => Console.Error.Write($"\r{f:P0} ")));
var rgba = new byte[pixmap.ByteCount];   // straight RGBA8, pixmap.Stride bytes per row, for any imaging library
pixmap.CopyStraightRgbaTo(rgba);
Console.WriteLine($"{pixmap.Width}×{pixmap.Height} {art.Recipe!.Ornament.Technique} carpet, seed {art.Recipe.Seeds.Master:x16}");

// ---- checks (not part of the README example) ----
return Checks.Run(art, pixmap, rgba);
