using Marquee.Content.Articles;

namespace Marquee.Distribution.Feeds;

/// <summary>A feed ready to write: what it is about, where it lives, its newest stories, and the WebSub hub that announces changes (if any).</summary>
public sealed record FeedDocument(
    string Title,
    string Description,
    string SiteUrl,
    string PageUrl,
    string FeedBaseUrl,
    bool FullContent,
    IReadOnlyList<FeedItem> Items,
    string? Hub = null)
{
    /// <summary>The newest change among the items, for Last-Modified, Atom's updated and RSS's lastBuildDate.</summary>
    public DateTime Updated => Items.Count == 0 ? DateTime.UnixEpoch : Items.Max(i => i.LastChanged);

    public string ArticleUrl(FeedItem item) => SiteUrl + item.Path;

    public string FeedUrl(string format) => $"{FeedBaseUrl}/{format}";

    public string? AbsoluteImageUrl(FeedItem item) =>
        item.Image?.Url is not { } url ? null : url.StartsWith('/') ? SiteUrl + url : url;
}
