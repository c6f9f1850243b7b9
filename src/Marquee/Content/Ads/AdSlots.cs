using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Marquee.Content.Ads;

/// <summary>The configured slots, parsed once, and the stylesheet that reserves each one's height per breakpoint.</summary>
public sealed class AdSlots
{
    public AdSlots(IOptions<AdOptions> options)
    {
        Options = options.Value;
        All = [.. Options.Slots.OrderBy(slot => slot.Key, StringComparer.Ordinal).Select(slot => AdSlot.Parse(slot.Key, slot.Value))];
        Stylesheet = AdStylesheet.For(All);
        StylesheetVersion = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Stylesheet)))[..12];
    }

    public AdOptions Options { get; }

    public IReadOnlyList<AdSlot> All { get; }

    /// <summary>Slots are drawn only when something can fill them: an ad server or a house ad. Otherwise pages carry no ad markup.</summary>
    public bool Enabled => All.Count > 0 && (Options.TagUrl.Length > 0 || Options.HouseAd.IsSet);

    public string Stylesheet { get; }

    /// <summary>Changes with the slots, so browsers may keep the stylesheet for a year.</summary>
    public string StylesheetVersion { get; }

    public IEnumerable<AdSlot> At(AdPosition position) => Enabled ? All.Where(slot => slot.Position == position) : [];

    /// <summary>The gallery slots that follow photo <paramref name="shown"/> of <paramref name="count"/>: every N photos, never after the last.</summary>
    public IEnumerable<AdSlot> InGalleryAfter(int shown, int count) =>
        shown < count ? At(AdPosition.Gallery).Where(slot => shown % slot.EveryPhotos == 0) : [];
}
