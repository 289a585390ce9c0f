using System.CommandLine;
using Ornament.Generators.Recipes;

namespace Ornament.Cli.Commands;

/// <summary>`ornament explain`: the resolved recipe as JSON (concepts and scores, decisions, seeds, palette).</summary>
internal static class ExplainCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new RecipeInputs();
        var keys = new Option<bool>("--keys") { Description = "List the recipe keys that --set accepts, with their values or ranges." };
        var cmd = new Command("explain", "Print the recipe the text resolves to (concepts, decisions, seeds) as JSON.\n\nExamples:\n  ornament explain --story bekzat-popov\n  ornament explain --text \"felt carpet with ram's horns\" --set ornament.technique=shyrdak");
        inputs.AddTo(cmd);
        cmd.Options.Add(keys);
        cmd.SetAction(pr =>
        {
            if (pr.GetValue(keys))
            {
                foreach (var k in RecipeSchema.Keys)
                {
                    console.Out.WriteLine($"{k.Path,-22} {k.AcceptedValues,-40} {k.Description}");
                }

                return ExitCodes.Success;
            }

            console.Out.Write(RecipeJson.Serialize(inputs.Resolve(pr, console)));
            return ExitCodes.Success;
        });
        return cmd;
    }
}
