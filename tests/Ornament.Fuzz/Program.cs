using System.IO;
using System.Globalization;
using Ornament.Fuzz;

// ornament-fuzz [--parser all|svg|png|palette-json|palette-gpl|recipe] [--inputs N] [--seed S] [--out DIR] [--max-ms MS]
// Exit 0 when no parser threw anything but its documented error and no input took longer than --max-ms.
string parser = "all", outDir = "fuzz-out";
int inputs = 100_000;
ulong seed = 1;
double maxMs = 1000;
for (int i = 0; i < args.Length; i++)
{
    string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    switch (args[i])
    {
        case "--parser": parser = Value(); break;
        case "--inputs": inputs = int.Parse(Value(), CultureInfo.InvariantCulture); break;
        case "--seed": seed = ulong.Parse(Value(), CultureInfo.InvariantCulture); break;
        case "--out": outDir = Value(); break;
        case "--max-ms": maxMs = double.Parse(Value(), CultureInfo.InvariantCulture); break;
        default:
            Console.Error.WriteLine($"ornament-fuzz: unknown argument '{args[i]}'");
            return 2;
    }
}

var parsers = parser == "all" ? Targets.Names : [parser];
bool ok = true;
var started = DateTime.UtcNow;
foreach (var p in parsers)
{
    var r = FuzzRunner.Run(p, inputs, seed, outDir);
    Console.WriteLine(r);
    foreach (var c in r.Crashes)
    {
        Console.WriteLine("    crash: " + c);
    }

    ok &= r.Crashes.Count == 0 && r.SlowestMs < maxMs;
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seed {seed}, {(DateTime.UtcNow - started).TotalSeconds:F0} s, inputs saved under {Path.GetFullPath(outDir)}: {(ok ? "OK" : "FAILED")}"));
return ok ? 0 : 1;
