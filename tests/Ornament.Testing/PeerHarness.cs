using System.Globalization;
using System.IO;

namespace Ornament.Testing;

/// <summary>The rasterizer peers of ../shared/peers (Skia through @napi-rs/canvas, resvg through @resvg/resvg-js) and
/// their deterministic benchmark scenes, made ready once per test process in a temporary folder.</summary>
/// <remarks>Needs node/npm (the npm registry is reachable on these machines) and Debian's python3 with
/// python3-numpy for gen_scenes.py; .ci/run installs them. Missing tools fail the test with the install command.</remarks>
public static class PeerHarness
{
    private static readonly Lazy<string> Prepared = new(Prepare, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The peers folder of the shared design material (sibling of the repository).</summary>
    public static string SharedPeers
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Ornament.sln")))
            {
                dir = dir.Parent;
            }

            Xunit.Assert.True(dir is not null, "cannot find the repository root (Ornament.sln) above " + AppContext.BaseDirectory);
            var peers = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir!.FullName, "..", "shared", "peers"));
            Xunit.Assert.True(Directory.Exists(peers), $"../shared/peers is missing at {peers}");
            return peers;
        }
    }

    /// <summary>Working copy of the peers with node_modules installed and scenes generated.</summary>
    public static string WorkingDirectory => Prepared.Value;

    /// <summary>Path of a generated scene, e.g. Scene("carpet", 2048).</summary>
    public static string Scene(string name, int size) => System.IO.Path.Combine(Prepared.Value, "scenes", string.Create(CultureInfo.InvariantCulture, $"{name}_{size}.svg"));

    /// <summary>Runs a peer ("skia" or "resvg") once on a scene and returns the PNG it wrote.</summary>
    public static string RunPeer(string peer, string scene, string outPng)
    {
        var dir = Prepared.Value;
        var r = ExternalTool.Run("node", "nodejs", [System.IO.Path.Combine(dir, peer + ".mjs"), scene, outPng, "1"], TimeSpan.FromMinutes(5), dir);
        Xunit.Assert.True(r.ExitCode == 0 && File.Exists(outPng), $"peer {peer} failed on {scene}: {r.StandardError}");
        return outPng;
    }

    private static string Prepare()
    {
        var work = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ornament-peers-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(work);
        foreach (var f in Directory.GetFiles(SharedPeers))
        {
            File.Copy(f, System.IO.Path.Combine(work, System.IO.Path.GetFileName(f)), overwrite: true);
        }

        var npm = ExternalTool.Run("npm", "npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], TimeSpan.FromMinutes(5), work);
        Xunit.Assert.True(npm.ExitCode == 0, "npm install of the peers failed: " + npm.StandardError);
        Xunit.Assert.True(File.Exists("/usr/bin/python3"), "Debian python3 is missing: apt-get install -y python3 python3-numpy");
        var gen = ExternalTool.Run("/usr/bin/python3", "python3-numpy", [System.IO.Path.Combine(work, "gen_scenes.py"), System.IO.Path.Combine(work, "scenes")], TimeSpan.FromMinutes(5), work);
        Xunit.Assert.True(gen.ExitCode == 0, "gen_scenes.py failed (apt-get install -y python3-numpy): " + gen.StandardError);
        return work;
    }
}
