using System.IO;
using Ornament.Generators.Felt;
using Ornament.Paint;
using Ornament.Testing;

namespace Ornament.Generators.Tests.Felt;

/// <summary>Shared helpers for the felt tests: render a scene and (when FELT_DUMP is set) save it for eyeballing.</summary>
internal static class DevRender
{
    public static Pixmap Render(Scene scene, int width)
    {
        int height = (int)Math.Round(width * scene.Height / scene.Width);
        return SceneRenderer.Render(scene, width, height);
    }

    public static void Dump(Pixmap p, string name)
    {
        var dir = Environment.GetEnvironmentVariable("FELT_DUMP");
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
            DebugPng.Save(p, System.IO.Path.Combine(dir, name + ".png"));
        }
    }
}
