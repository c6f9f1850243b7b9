using System.Text;

namespace Marquee.Content.Ads;

/// <summary>
/// Each slot's frame is exactly as tall as the tallest ad it takes at the reader's breakpoint, from the first paint:
/// what arrives late, at another size, or never, cannot move the page. A creative is centred and clipped to the frame.
/// </summary>
public static class AdStylesheet
{
    private const string Common = """
        .ad-slot { margin: 1rem 0; text-align: center; }
        .ad-label { margin: 0 0 0.25rem; font-size: 0.7rem; letter-spacing: 0.08em; text-transform: uppercase; color: #595959; }
        .ad-frame { position: relative; overflow: hidden; display: flex; align-items: center; justify-content: center; }
        .ad-frame > * { max-width: 100%; }
        .ad-creative { position: absolute; inset: 0; display: flex; align-items: center; justify-content: center; }
        .house-ad { display: block; width: 100%; height: 100%; }
        .house-ad img { display: block; width: 100%; height: 100%; object-fit: contain; }
        .gallery-grid .gallery-ad { grid-column: 1 / -1; }
        """;

    public static string For(IReadOnlyList<AdSlot> slots)
    {
        var css = new StringBuilder(Common).Append('\n');
        foreach (var width in slots.SelectMany(slot => slot.Breakpoints).Select(b => b.MinWidth).Distinct().Order())
        {
            var rules = slots.SelectMany(slot => slot.Breakpoints.Where(b => b.MinWidth == width)
                .Select(b => $"[data-ad-slot=\"{slot.Name}\"] .ad-frame {{ height: {b.ReservedHeight}px; }}"));
            css.Append(width == 0 ? string.Join('\n', rules) : $"@media (min-width: {width}px) {{ {string.Join(' ', rules)} }}").Append('\n');
        }

        return css.ToString();
    }
}
