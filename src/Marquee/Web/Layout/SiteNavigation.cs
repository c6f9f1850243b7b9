using Marquee.Content;
using Marquee.Content.Tags;

namespace Marquee.Web.Layout;

/// <summary>The sections in the header and the static pages in the footer of every page.</summary>
public sealed record SiteNavigation(IReadOnlyList<TagLink> Sections, IReadOnlyList<NamedLink> FooterPages);
