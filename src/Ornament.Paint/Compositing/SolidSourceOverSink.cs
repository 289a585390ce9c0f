using System.Runtime.CompilerServices;
using Ornament.Raster;

namespace Ornament.Paint;

/// <summary>Composites one premultiplied colour through coverage with source-over (exact 8-bit rounding).</summary>
internal struct SolidSourceOverSink : ICoverageSink
{
    private readonly Pixmap _target;
    private readonly PremulRgba8 _color;
    private readonly int _yOffset;

    public SolidSourceOverSink(Pixmap target, PremulRgba8 color, int yOffset = 0)
    {
        _target = target;
        _color = color;
        _yOffset = yOffset;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Blend(int y, int x, ReadOnlySpan<byte> coverage)
    {
        var row = _target.Row(y - _yOffset).Slice(x * 4, coverage.Length * 4);
        Compositor.SourceOverSolid(row, coverage, _color);
    }
}
