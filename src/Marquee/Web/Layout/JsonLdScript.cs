namespace Marquee.Web.Layout;

/// <summary>
/// One JSON-LD document for a <c>&lt;script type="application/ld+json"&gt;</c>. The producer guarantees
/// the JSON is safe inside a script element (no raw <c>&lt;</c>, <c>&gt;</c> or <c>&amp;</c>), because the layout prints it as is.
/// </summary>
public sealed record JsonLdScript(string Json);
