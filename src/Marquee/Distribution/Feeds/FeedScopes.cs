using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Content.Authors;
using Marquee.Content.Tags;
using Marquee.Platform;
using Marquee.Platform.Caching;
using Microsoft.Extensions.Options;

namespace Marquee.Distribution.Feeds;

/// <summary>Finds the scope a feed URL names. A tag asked for under the other path (tag vs section) is a redirect, as its page is.</summary>
public sealed class FeedScopes(TagQueries tags, AuthorQueries authors, IOptions<SiteOptions> options)
{
    public FeedScope Site() => new(options.Value.Name, options.Value.Tagline, "/", "", ArticleFilter.All, CacheTags.Home);

    /// <summary>The author's scope, or null when no author has that slug.</summary>
    public async Task<(FeedScope? Scope, string? Redirect)> AuthorAsync(string slug, CancellationToken cancellationToken)
    {
        var site = options.Value;
        var author = await authors.FindBySlugAsync(slug, cancellationToken);
        if (author is null)
        {
            return (null, null);
        }

        var path = TaxonomyPaths.Author(author.Slug);
        return (new FeedScope($"{author.Name} | {site.Name}", author.Bio ?? $"Stories by {author.Name}.", path, path, new ArticleFilter(AuthorId: author.Id), CacheTags.Author(author.Id)), null);
    }

    /// <summary>The tag's (or section's) scope, or null when nothing readers may see has that slug; <c>Redirect</c> is set when it lives under the other path.</summary>
    public async Task<(FeedScope? Scope, string? Redirect)> TagAsync(string slug, bool section, CancellationToken cancellationToken)
    {
        var site = options.Value;
        var tag = await tags.FindBySlugAsync(slug, cancellationToken);
        if (tag is null || !ReaderTags.Shows(tag.Kind))
        {
            return (null, null);
        }

        var path = TaxonomyPaths.Tag(tag.Slug, tag.Kind);
        return (tag.Kind == TagKind.Section) == section
            ? (new FeedScope($"{tag.Name} | {site.Name}", tag.Description ?? $"The latest {tag.Name} news.", path, path, new ArticleFilter(TagId: tag.Id), CacheTags.Tag(tag.Id)), null)
            : (null, path);
    }
}
