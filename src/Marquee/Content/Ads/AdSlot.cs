using System.Globalization;
using System.Text.RegularExpressions;

namespace Marquee.Content.Ads;

/// <summary>A configured slot, checked and parsed: its sizes per breakpoint, the tallest of which each breakpoint reserves.</summary>
public sealed partial record AdSlot(string Name, AdPosition Position, int AfterParagraph, int EveryPhotos, IReadOnlyList<AdBreakpoint> Breakpoints)
{
    /// <summary>The sizes per breakpoint as ads.js reads them: "0:300x250,320x50 768:728x90".</summary>
    public string SizesAttribute => string.Join(' ', Breakpoints.Select(b => $"{b.MinWidth}:{string.Join(',', b.Sizes.Select(s => $"{s.Width}x{s.Height}"))}"));

    public static AdSlot Parse(string name, AdSlotOptions options) =>
        new(name, options.Position, options.AfterParagraph, options.EveryPhotos, [.. options.Sizes
            .Select(size => new AdBreakpoint(int.Parse(size.Key, CultureInfo.InvariantCulture), [.. size.Value.Split(',', StringSplitOptions.TrimEntries).Select(AdSize.Parse)]))
            .OrderBy(b => b.MinWidth)]);

    /// <summary>What is wrong with a slot's settings, naming its key, or null.</summary>
    public static string? Problem(string name, AdSlotOptions options)
    {
        var key = $"Marquee:Ads:Slots:{name}";
        if (!SlotName().IsMatch(name))
        {
            return $"{key}: a slot's name must be lower-case letters, digits and '-' (it names the slot in data-ad-slot and CSS).";
        }

        var badWidth = options.Sizes.Keys.FirstOrDefault(width => !int.TryParse(width, NumberStyles.None, CultureInfo.InvariantCulture, out var px) || px > 10000);
        var badSizes = options.Sizes.FirstOrDefault(size => !size.Value.Split(',', StringSplitOptions.TrimEntries).All(AdSize.IsValid));
        return options.Sizes.Count == 0 ? $"{key}:Sizes must give at least one size, such as Sizes:0 = 300x250."
            : !options.Sizes.ContainsKey("0") ? $"{key}:Sizes must start at width 0 (Sizes:0), so every screen reserves the slot's height."
            : badWidth is not null ? $"{key}:Sizes:{badWidth} must be a screen width in CSS pixels (0 to 10000)."
            : badSizes.Key is not null ? $"{key}:Sizes:{badSizes.Key} '{badSizes.Value}' must be sizes such as 300x250,320x50 (each side 1 to 2000)."
            : !Enum.IsDefined(options.Position) ? $"{key}:Position must be Leaderboard, InArticle, Rail or Gallery."
            : options.AfterParagraph < 1 ? $"{key}:AfterParagraph '{options.AfterParagraph}' must be 1 or more."
            : options.EveryPhotos < 1 ? $"{key}:EveryPhotos '{options.EveryPhotos}' must be 1 or more."
            : null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex SlotName();
}
