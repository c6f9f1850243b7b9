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
    public const string Site = "site";
    public const string Tag = "tag";
    public const string Section = "section";
    public const string Author = "author";

    /// <summary>The scope, or null when nothing has that slug; <paramref name="redirect"/> is set when it lives under the other path.</summary>
    public async Task<(FeedScope? Scope, string? Redirect)> FindAsync(string kind, string? slug, CancellationToken cancellationToken)
    {
        var site = options.Value;
        if (kind == Site || slug is null)
        {
            return (new FeedScope(site.Name, site.Tagline, "/", ArticleFilter.All, CacheTags.Home), null);
        }

        if (kind == Author)
        {
            var author = await authors.FindBySlugAsync(slug, cancellationToken);
            return author is null
                ? (null, null)
                : (new FeedScope($"{author.Name} | {site.Name}", author.Bio ?? $"Stories by {author.Name}.", TaxonomyPaths.Author(author.Slug), new ArticleFilter(AuthorId: author.Id), CacheTags.Author(author.Id)), null);
        }

        var tag = await tags.FindBySlugAsync(slug, cancellationToken);
        if (tag is null)
        {
            return (null, null);
        }

        var path = TaxonomyPaths.Tag(tag.Slug, tag.Kind);
        return (tag.Kind == TagKind.Section) == (kind == Section)
            ? (new FeedScope($"{tag.Name} | {site.Name}", tag.Description ?? $"The latest {tag.Name} news.", path, new ArticleFilter(TagId: tag.Id), CacheTags.Tag(tag.Id)), null)
            : (null, path);
    }
}
