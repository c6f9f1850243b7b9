using Marquee.Content.Ads;

namespace Marquee.Web.Consent;

/// <summary>The script each purpose loads once allowed, and the TCF CMP that asks in place of the banner; null where none is configured.</summary>
public sealed record ConsentTags(string? Analytics, string? Advertising, string? Cmp)
{
    public static ConsentTags From(ConsentOptions consent, AdOptions ads) => new(NullIfEmpty(consent.AnalyticsTagUrl), NullIfEmpty(ads.TagUrl), NullIfEmpty(consent.TcfCmpUrl));

    /// <summary>The purposes with a tag, for the page to know whether to ask and to send Consent Mode signals (no URL in the page).</summary>
    public string Purposes => string.Join(' ', new[] { ("analytics", Analytics), ("advertising", Advertising) }.Where(p => p.Item2 is not null).Select(p => p.Item1));

    private static string? NullIfEmpty(string url) => url.Length == 0 ? null : url;
}
