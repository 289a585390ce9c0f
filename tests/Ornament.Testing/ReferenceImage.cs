using System.IO;
using Ornament.Encode;
using Ornament.Paint;

namespace Ornament.Testing;

/// <summary>Golden images: small committed PNGs under tests/Images/Reference, compared exactly. Every run writes
/// what it rendered to tests/Images/Actual (git-ignored) for inspection; references are (re)written only on
/// purpose, with ORNAMENT_REPLACE=1.</summary>
public static class ReferenceImage
{
    /// <summary>The repository root (the folder holding Ornament.sln).</summary>
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Ornament.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("cannot find Ornament.sln above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Asserts that <paramref name="pixmap"/> equals the reference <paramref name="name"/> (e.g.
    /// "Stroker/zigzag-Miter-Butt") byte for byte.</summary>
    public static void Assert(Pixmap pixmap, string name)
    {
        var images = System.IO.Path.Combine(RepoRoot, "tests", "Images");
        var actual = System.IO.Path.Combine(images, "Actual", name + ".png");
        var reference = System.IO.Path.Combine(images, "Reference", name + ".png");
        DebugPng.Save(pixmap, actual);
        if (Environment.GetEnvironmentVariable("ORNAMENT_REPLACE") == "1")
        {
            DebugPng.Save(pixmap, reference);
            return;
        }

        Xunit.Assert.True(File.Exists(reference), $"no reference image {reference}; render it on purpose with ORNAMENT_REPLACE=1 and look at it");
        var expected = PngDecoder.Decode(File.ReadAllBytes(reference)).Pixmap;
        Xunit.Assert.Equal((expected.Width, expected.Height), (pixmap.Width, pixmap.Height));
        var a = expected.Data;
        var b = pixmap.Data;
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                int px = i / 4;
                Xunit.Assert.Fail($"{name}: first difference at pixel ({px % pixmap.Width}, {px / pixmap.Width}), channel {i % 4}: reference {a[i]}, rendered {b[i]} (see {actual})");
            }
        }
    }
}
