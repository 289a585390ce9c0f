using Ornament.Generators.Felt;
using Ornament.Generators.Text;
using Ornament.Paint;

namespace Ornament.Generators.Tests.Felt;

public class MotifSheetTests
{
    [Fact]
    public void Sheet_draws_every_motif_and_a_label_for_each()
    {
        var scene = MotifSheet.Build(columns: 6);
        var group = Assert.IsType<GroupItem>(Assert.Single(scene.Items));
        Assert.Equal(2 * MotifCatalog.All.Count, group.Items.Count);
        var px = DevRender.Render(scene, 1200);
        DevRender.Dump(px, "motif-sheet");
        // Every cell has figure pixels (the motif) and ink pixels (the label).
        var figure = FeltPalettes.Resolve("syrmak-red-cream")["figure"];
        int cells = 0;
        for (int i = 0; i < MotifCatalog.All.Count; i++)
        {
            int x0 = (i % 6) * 200, y0 = (i / 6) * 232;
            int n = 0;
            for (int y = y0; y < y0 + 200; y += 2)
            {
                for (int x = x0; x < x0 + 200; x += 2)
                {
                    n += px.GetPixel(x, y).Unpremultiply() == figure ? 1 : 0;
                }
            }

            cells += n > 200 ? 1 : 0;
        }

        Assert.Equal(MotifCatalog.All.Count, cells);
    }

    [Fact]
    public void Stroke_font_covers_printable_ascii()
    {
        for (char c = ' '; c <= '~'; c++)
        {
            Assert.True(StrokeFont.Supports(c), $"no glyph for '{c}'");
        }

        Assert.False(StrokeFont.Layout("koshkar_muiz 42", new Geometry.Vec2(0, 10), 10).IsEmpty);
    }
}
