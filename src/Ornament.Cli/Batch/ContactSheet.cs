using System.IO;
using Ornament.Encode;
using Ornament.Generators.Text;
using Ornament.Geometry;
using Ornament.Paint;

namespace Ornament.Cli.Batch;

/// <summary>contact-sheet.png: the finished items' thumbnails in a near-square grid, each captioned with its name in
/// the project's stroke font. The captions are a Scene rendered by our rasterizer; the thumbnails (box-filtered
/// from the full renders, shrunk again with the same filter for large series) are composited over it.</summary>
internal static class ContactSheet
{
    public const string FileName = "contact-sheet.png";

    // Keeps a sheet of a very large series to a few thousand pixels across.
    private const int MaxSheetWidth = 6000;

    private static readonly Rgba8 Paper = new(244, 239, 230);
    private static readonly Rgba8 Ink = new(48, 38, 34);

    public static void Write(BatchSettings settings, IReadOnlyList<ItemRecord> done)
    {
        if (done.Count == 0)
        {
            return;
        }

        int cols = Math.Max(1, (int)Math.Ceiling(Math.Sqrt(done.Count)));
        int rows = (done.Count + cols - 1) / cols;
        int box = Math.Min(settings.ThumbSize, Math.Max(32, (MaxSheetWidth / cols) - 16));
        // Cells as wide and tall as the largest thumbnail (and wide enough for the captions), so a series of
        // portrait carpets or of landscapes is not spread over square cells.
        double cap = Math.Clamp(box * 0.06, 7, 14);
        int boxH = done.Max(r => BoxDownscale.Fit(r.ThumbWidth, r.ThumbHeight, box).Height);
        int boxW = done.Max(r => BoxDownscale.Fit(r.ThumbWidth, r.ThumbHeight, box).Width);
        boxW = Math.Min(box, Math.Max(boxW, (int)Math.Ceiling(done.Max(r => StrokeFont.Measure(r.Name, cap)))));
        int pad = Math.Max(6, box / 16);
        int band = (int)Math.Ceiling(cap * 2.2);
        int cellW = boxW + (2 * pad), cellH = boxH + band + (2 * pad);

        // As many columns as make the sheet about square.
        cols = Math.Clamp((int)Math.Ceiling(Math.Sqrt(done.Count * (double)cellH / cellW)), 1, done.Count);
        rows = (done.Count + cols - 1) / cols;
        int width = cols * cellW, height = rows * cellH;

        var sb = new SceneBuilder(width, height) { Background = Paper };
        var style = new StrokeStyle(Math.Max(0.8, cap * 0.13), LineJoin.Round, LineCap.Round);
        for (int i = 0; i < done.Count; i++)
        {
            double x0 = (i % cols) * cellW, y0 = (i / cols) * cellH;
            string caption = done[i].Name;
            double size = cap, w = StrokeFont.Measure(caption, size);
            if (w > boxW)
            {
                size *= boxW / w;
                w = boxW;
            }

            sb.Stroke(StrokeFont.Layout(caption, new Vec2(x0 + pad + ((boxW - w) / 2), y0 + pad + boxH + (band / 2.0) + (size / 2)), size), new SolidPaint(Ink), style);
        }

        var sheet = SceneRenderer.Render(sb.Build(), width, height, new RenderOptions { Threads = 1 });
        for (int i = 0; i < done.Count; i++)
        {
            var thumb = PngDecoder.Decode(File.ReadAllBytes(System.IO.Path.Combine(settings.OutDir, done[i].Thumb.Path))).Pixmap;
            var (tw, th) = BoxDownscale.Fit(thumb.Width, thumb.Height, box);
            if (tw != thumb.Width || th != thumb.Height)
            {
                thumb = BoxDownscale.Resize(thumb, tw, th);
            }

            int x = ((i % cols) * cellW) + pad + ((boxW - tw) / 2), y = ((i / cols) * cellH) + pad + (boxH - th);
            Over(sheet, thumb, x, y);
        }

        var bytes = PngEncoder.Encode(sheet);
        AtomicFile.Write(System.IO.Path.Combine(settings.OutDir, FileName), s => s.Write(bytes));
    }

    // Premultiplied source-over of a whole pixmap at (x, y).
    private static void Over(Pixmap dst, Pixmap src, int x, int y)
    {
        for (int sy = 0; sy < src.Height; sy++)
        {
            var s = src.Row(sy);
            var d = dst.Row(y + sy).Slice(x * 4, src.Width * 4);
            for (int p = 0; p < s.Length; p += 4)
            {
                int inv = 255 - s[p + 3];
                for (int c = 0; c < 4; c++)
                {
                    d[p + c] = (byte)(s[p + c] + (((d[p + c] * inv) + 127) / 255));
                }
            }
        }
    }
}
