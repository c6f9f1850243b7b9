using Marquee.Platform;
using Marquee.Platform.Http;

namespace Marquee.Web.Consent;

/// <summary>
/// The consent banner: which policy a reader's decision answers (a new version asks again), how long ad slots wait for a
/// decision before counting none as a refusal, the analytics tag loaded only after consent, and the footer's privacy links.
/// </summary>
public sealed class ConsentOptions : ICheckedOptions
{
    public const string Section = "Marquee:Consent";

    /// <summary>Any text; a decision stored under another version is ignored, so changing it asks every reader again.</summary>
    public string PolicyVersion { get; set; } = "1";

    /// <summary>Seconds a page waits for a decision before it goes on as if the reader had refused (nothing is stored).</summary>
    public int DecisionTimeoutSeconds { get; set; } = 10;

    /// <summary>An analytics script (such as gtag.js) loaded after a reader allows analytics; empty = none.</summary>
    public string AnalyticsTagUrl { get; set; } = "";

    /// <summary>An IAB TCF v2.2 CMP's script; when set, it asks in place of Marquee's banner and /js/consent.js reads the decision from its __tcfapi (decision 0064). Empty = Marquee's banner.</summary>
    public string TcfCmpUrl { get; set; } = "";

    /// <summary>Where "Your Privacy Choices" leads; empty = the consent settings on the page itself.</summary>
    public string PrivacyChoicesUrl { get; set; } = "";

    /// <summary>Where "AdChoices" leads: the Digital Advertising Alliance's opt-out page unless the site names its own.</summary>
    public string AdChoicesUrl { get; set; } = "https://optout.aboutads.info/";

    public string? Problem() =>
        PolicyVersion.Length is 0 or > 32 || !PolicyVersion.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? $"Marquee:Consent:PolicyVersion '{PolicyVersion}' must be 1 to 32 letters, digits, '.', '-' or '_' (it is kept in the consent cookie)."
        : DecisionTimeoutSeconds is < 1 or > 600 ? $"Marquee:Consent:DecisionTimeoutSeconds '{DecisionTimeoutSeconds}' must be between 1 and 600."
        : TagUrls.Problem("Marquee:Consent:AnalyticsTagUrl", AnalyticsTagUrl)
        ?? TagUrls.Problem("Marquee:Consent:TcfCmpUrl", TcfCmpUrl)
        ?? (PrivacyChoicesUrl.Length > 0 && !TagUrls.IsLink(PrivacyChoicesUrl)
            ? $"Marquee:Consent:PrivacyChoicesUrl '{PrivacyChoicesUrl}' must be an http(s) URL or a path on this site starting with /."
        : !TagUrls.IsLink(AdChoicesUrl) ? $"Marquee:Consent:AdChoicesUrl '{AdChoicesUrl}' must be an http(s) URL or a path on this site starting with /."
        : null);
}
