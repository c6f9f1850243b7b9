using Marquee.Platform.Caching;

namespace Marquee.Content.Articles;

/// <summary>
/// The newest stories of one author or one section (the key: an <see cref="ArticleFilter"/> by author or by tag), in memory
/// for the article page's "More from" and "Latest in" blocks, so a page-cache miss does not read them again. Dropped when a
/// story of that author or section joins, leaves or changes (its Lists touch the author's or tag's cache tag), or a card's does.
/// </summary>
public sealed class MoreStoriesSnapshots : KeyedSnapshots<ArticleFilter, IReadOnlyList<ArticleCard>>
{
    /// <summary>Enough to leave out the story itself and what the author's block already shows.</summary>
    private const int Held = (2 * MoreStories.Size) + 1;

    public Task<IReadOnlyList<ArticleCard>> ReadAsync(ArticleFilter filter, ArticleQueries articles, CancellationToken cancellationToken) =>
        GetAsync(filter, async token => (await articles.ListAsync(filter, 1, Held, token)).Items, cancellationToken);

    protected override IEnumerable<string> TagsOf(ArticleFilter key, IReadOnlyList<ArticleCard> value) =>
        ArticleCacheTags.OfCards(value)
            .Concat(key.AuthorId is { } authorId ? [CacheTags.Author(authorId)] : [])
            .Concat(key.TagId is { } tagId ? [CacheTags.Tag(tagId)] : [])
            .Append(CacheTags.Site);
}
