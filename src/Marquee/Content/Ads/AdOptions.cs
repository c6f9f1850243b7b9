using Marquee.Platform;
using Marquee.Platform.Http;

namespace Marquee.Content.Ads;

/// <summary>
/// Ad slots (Marquee:Ads): where they go and which sizes each takes per screen width, the ad server's tag (loaded only
/// after consent), how long a slot waits for it, and the house ad shown otherwise. No slots = no ad markup at all.
/// </summary>
public sealed class AdOptions : ICheckedOptions
{
    public const string Section = "Marquee:Ads";

    public Dictionary<string, AdSlotOptions> Slots { get; set; } = new(StringComparer.Ordinal);

    public HouseAdOptions HouseAd { get; set; } = new();

    /// <summary>The ad server's script (such as an adapter calling GPT); empty = house ads only.</summary>
    public string TagUrl { get; set; } = "";

    /// <summary>Seconds a slot near the viewport waits for the ad server before the house ad stays (or the slot collapses).</summary>
    public int FillTimeoutSeconds { get; set; } = 3;

    /// <summary>How far below the viewport (CSS pixels) a slot is asked for, so it is filled as the reader arrives.</summary>
    public int LazyMarginPixels { get; set; } = 600;

    /// <summary>Stories with this tag slug carry no ads, like the Apple News channel tag decides syndication.</summary>
    public string AdFreeTag { get; set; } = "ad-free";

    public string? Problem() =>
        TagUrls.Problem("Marquee:Ads:TagUrl", TagUrl)
        ?? (FillTimeoutSeconds is < 1 or > 60 ? $"Marquee:Ads:FillTimeoutSeconds '{FillTimeoutSeconds}' must be between 1 and 60."
        : LazyMarginPixels is < 0 or > 10000 ? $"Marquee:Ads:LazyMarginPixels '{LazyMarginPixels}' must be between 0 and 10000."
        : HouseAd.IsSet && !HouseAd.ImagePath.StartsWith('/') ? $"Marquee:Ads:HouseAd:ImagePath '{HouseAd.ImagePath}' must be a path on this site starting with / (a house ad needs no third party)."
        : HouseAd.IsSet && HouseAd.Text.Length == 0 ? "Marquee:Ads:HouseAd:Text must describe the house ad's image (its alternative text)."
        : Slots.Select(slot => AdSlot.Problem(slot.Key, slot.Value)).FirstOrDefault(problem => problem is not null));
}
