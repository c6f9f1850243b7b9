using Marquee.Content;
using Marquee.Content.Live;
using Marquee.Web.Layout;

namespace Marquee.Distribution.Feeds;

/// <summary>A live story's pages link the Atom feed of its entries, so a feed reader follows the coverage as it happens.</summary>
public sealed class LiveFeedDiscovery : IAlternateLinks
{
    private const string AtomType = "application/atom+xml";

    public IEnumerable<AlternateLink> LinksFor(PageMeta page, string siteName) =>
        page is { Live: not null, Article: { } story } ? [new AlternateLink(AtomType, $"{story.Headline} (live updates, Atom)", LivePaths.Feed(story.Path))] : [];
}
