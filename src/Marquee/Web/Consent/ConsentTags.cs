namespace Marquee.Web.Consent;

/// <summary>The script each purpose loads once allowed; null where none is configured.</summary>
public sealed record ConsentTags(string? Analytics)
{
    public static ConsentTags From(ConsentOptions consent) => new(NullIfEmpty(consent.AnalyticsTagUrl));

    /// <summary>The purposes with a tag, for the page to know whether Google Consent Mode signals are wanted (no URL in the page).</summary>
    public string Purposes => Analytics is null ? "" : "analytics";

    private static string? NullIfEmpty(string url) => url.Length == 0 ? null : url;
}
