using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Content.Authors;
using Marquee.Content.Live;
using Marquee.Content.Tags;
using Marquee.Distribution.Feeds;
using Marquee.Platform.Caching;

namespace Marquee.Distribution.WebSub;

/// <summary>
/// Which feeds a change touched, from its cache tags: home means the site feeds, a tag id that tag's
/// or section's feeds, an author id that author's feeds, each in every format; a live story's tag its entries' Atom feed.
/// </summary>
public sealed class WebSubTopics(TagQueries tags, AuthorQueries authors, LiveQueries live, IEnumerable<IFeedFormat> formats, TimeProvider clock)
{
    public async Task<IReadOnlyList<string>> FeedUrlsAsync(IReadOnlyCollection<string> cacheTags, string siteUrl, CancellationToken cancellationToken)
    {
        var paths = new List<string>();
        if (cacheTags.Contains(CacheTags.Home) || cacheTags.Contains(CacheTags.Site))
        {
            paths.Add("");
        }

        var tagIds = cacheTags.Select(CacheTags.TagIdOf).OfType<long>().ToList();
        if (tagIds.Count > 0)
        {
            paths.AddRange((await tags.LinksAsync(tagIds, cancellationToken)).Select(t => t.Path));
        }

        var authorIds = cacheTags.Select(CacheTags.AuthorIdOf).OfType<long>().ToList();
        if (authorIds.Count > 0)
        {
            paths.AddRange((await authors.LinksAsync(authorIds, cancellationToken)).Select(a => TaxonomyPaths.Author(a.Slug)));
        }

        return [.. paths.SelectMany(path => formats.Select(format => $"{siteUrl}{path}/{format.Segment}")), .. await LiveFeedUrlsAsync(cacheTags, siteUrl, cancellationToken)];
    }

    /// <summary>Every entry post, edit, pin and deletion touches its story's tag, so each one pings the story's entries feed.</summary>
    private async Task<IEnumerable<string>> LiveFeedUrlsAsync(IReadOnlyCollection<string> cacheTags, string siteUrl, CancellationToken cancellationToken)
    {
        var storyIds = cacheTags.Select(LiveCacheTags.ArticleIdOf).OfType<long>().ToList();
        return storyIds.Count == 0
            ? []
            : (await live.PublicLiveArticlesAsync(storyIds, clock.GetUtcNow().UtcDateTime, cancellationToken)).Select(story => siteUrl + LivePaths.Feed(ArticlePaths.Of(ArticleKind.Live, story.Slug)));
    }
}
