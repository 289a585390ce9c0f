using System.Diagnostics;
using System.IO;

namespace Ornament.Encode.Tests.Svg;

/// <summary>Runs rsvg-convert (librsvg2-bin). A missing tool FAILS the calling test: the oracle is required.</summary>
internal static class Rsvg
{
    public static byte[] RenderPng(string svg, int width, int height)
    {
        string dir = Directory.CreateTempSubdirectory("ornament-rsvg-").FullName;
        try
        {
            string input = System.IO.Path.Combine(dir, "in.svg"), output = System.IO.Path.Combine(dir, "out.png");
            File.WriteAllText(input, svg);
            var psi = new ProcessStartInfo("rsvg-convert")
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var a in new[] { "-w", width.ToString(System.Globalization.CultureInfo.InvariantCulture), "-h", height.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", "png", "-o", output, input })
            {
                psi.ArgumentList.Add(a);
            }

            Process p;
            try
            {
                p = Process.Start(psi) ?? throw new InvalidOperationException("no process");
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                Assert.Fail($"rsvg-convert is not installed (install librsvg2-bin: apt-get install -y librsvg2-bin): {e.Message}");
                throw;
            }

            using (p)
            {
                var err = p.StandardError.ReadToEndAsync();
                if (!p.WaitForExit(60_000))
                {
                    p.Kill(true);
                    Assert.Fail("rsvg-convert timed out after 60 s");
                }

                Assert.True(p.ExitCode == 0, $"rsvg-convert failed ({p.ExitCode}): {err.Result}");
            }

            return File.ReadAllBytes(output);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
