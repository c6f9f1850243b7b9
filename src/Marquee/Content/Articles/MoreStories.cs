using Marquee.Platform.Caching;

namespace Marquee.Content.Articles;

/// <summary>Below a story: more from its first author, then the latest in its section, neither repeating the story nor each other.</summary>
public sealed record MoreStories(NamedLink? Author, IReadOnlyList<ArticleCard> ByAuthor, NamedLink? Section, IReadOnlyList<ArticleCard> InSection)
{
    public const int Size = 3;

    public static readonly MoreStories None = new(null, [], null, []);

    /// <summary>What a page showing these must be tagged with: their cards, and the author's and section's lists they come from.</summary>
    public IEnumerable<string> PageTags =>
        ArticleCacheTags.OfCards(ByAuthor.Concat(InSection))
            .Concat(Author is null ? [] : [CacheTags.Author(Author.Id)])
            .Concat(Section is null ? [] : [CacheTags.Tag(Section.Id)]);

    public static async Task<MoreStories> ForAsync(ArticleDetail article, ArticleQueries articles, MoreStoriesSnapshots snapshots, CancellationToken cancellationToken)
    {
        var author = article.Authors.Count > 0 ? article.Authors[0] : null;
        IReadOnlyList<ArticleCard> byAuthor = author is null
            ? []
            : Others(await snapshots.ReadAsync(new ArticleFilter(AuthorId: author.Id), articles, cancellationToken), [article.Id]);
        IReadOnlyList<ArticleCard> inSection = article.Section is not { } section
            ? []
            : Others(await snapshots.ReadAsync(new ArticleFilter(TagId: section.Id), articles, cancellationToken), [article.Id, .. byAuthor.Select(c => c.Id)]);
        return new MoreStories(author, byAuthor, article.Section, inSection);
    }

    private static List<ArticleCard> Others(IEnumerable<ArticleCard> cards, IReadOnlyCollection<long> shown) =>
        [.. cards.Where(card => !shown.Contains(card.Id)).Take(Size)];
}
