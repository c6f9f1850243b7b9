using Marquee.Content.Tags;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Articles;

/// <summary>
/// Tags readers see and authors with at least one published article, each with when the newest of those changed: what
/// the sitemaps list. One aggregate in the database per list, cheap at 100,000 articles.
/// </summary>
public sealed class LastChangedQueries(MarqueeDbContext db, ArticleQueries articles)
{
    public async Task<IReadOnlyList<(TagLink Tag, DateTime LastModified)>> TagsAsync(int limit, CancellationToken cancellationToken) =>
        (await LastChanged(db.ArticleTags.Select(x => new ArticleLink { ArticleId = x.ArticleId, OwnerId = x.TagId }))
            .Join(db.Tags.Where(t => !ReaderTags.Internal.Contains(t.Kind)), c => c.OwnerId, t => t.Id, (c, t) => new { t.Id, t.Slug, t.Name, t.Kind, c.LastModified })
            .OrderBy(t => t.Id)
            .Take(limit)
            .ToListAsync(cancellationToken))
        .Select(t => (new TagLink(t.Id, t.Slug, t.Name, t.Kind), t.LastModified))
        .ToList();

    public async Task<IReadOnlyList<(NamedLink Author, DateTime LastModified)>> AuthorsAsync(int limit, CancellationToken cancellationToken) =>
        (await LastChanged(db.ArticleAuthors.Select(x => new ArticleLink { ArticleId = x.ArticleId, OwnerId = x.AuthorId }))
            .Join(db.Authors, c => c.OwnerId, a => a.Id, (c, a) => new { a.Id, a.Slug, a.Name, c.LastModified })
            .OrderBy(a => a.Id)
            .Take(limit)
            .ToListAsync(cancellationToken))
        .Select(a => (new NamedLink(a.Id, a.Slug, a.Name), a.LastModified))
        .ToList();

    private IQueryable<OwnerChange> LastChanged(IQueryable<ArticleLink> links) =>
        links
            .Join(articles.Published(ArticleFilter.All), l => l.ArticleId, a => a.Id, (l, a) => new { l.OwnerId, Changed = a.ModifiedAt > a.PublishedAt!.Value ? a.ModifiedAt : a.PublishedAt.Value })
            .GroupBy(x => x.OwnerId)
            .Select(g => new OwnerChange { OwnerId = g.Key, LastModified = g.Max(x => x.Changed) });

    /// <summary>An article linked to a tag or an author: the one shape both lists aggregate.</summary>
    private sealed class ArticleLink
    {
        public long ArticleId { get; init; }

        public long OwnerId { get; init; }
    }

    private sealed class OwnerChange
    {
        public long OwnerId { get; init; }

        public DateTime LastModified { get; init; }
    }
}
