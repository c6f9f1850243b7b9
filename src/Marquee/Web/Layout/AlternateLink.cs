namespace Marquee.Web.Layout;

/// <summary>A <c>&lt;link rel="alternate"&gt;</c> in a page's head: another form of what the page shows (a feed).</summary>
public sealed record AlternateLink(string Type, string Title, string Href);
