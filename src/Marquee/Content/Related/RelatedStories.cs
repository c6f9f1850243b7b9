using Marquee.Content.Articles;
using Marquee.Content.Tags;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Related;

/// <summary>
/// The stories under an article (decision 0074): public ones sharing its reader tags, a shared person or event counting
/// <see cref="StrongWeight"/> times a shared topic or section, the heaviest first and the newest among equals, in one statement
/// when <see cref="RelatedSnapshots"/> does not hold it already.
/// </summary>
public sealed class RelatedStories(MarqueeDbContext db, RelatedSnapshots snapshots, TimeProvider clock)
{
    public const int Size = 4;

    public const int StrongWeight = 3;

    public Task<IReadOnlyList<RelatedStory>> OfAsync(ArticleDetail article, CancellationToken cancellationToken) =>
        snapshots.ReadAsync(article, token => WeighAsync(article, token), cancellationToken);

    private async Task<IReadOnlyList<RelatedStory>> WeighAsync(ArticleDetail article, CancellationToken cancellationToken)
    {
        // Reader tags only: a channel (Top Stories, Apple News) says where a story goes, not what it is about.
        var shared = article.Tags.Select(t => t.Id).ToList();
        if (shared.Count == 0)
        {
            return [];
        }

        var strong = article.Tags.Where(t => IsStrong(t.Kind)).Select(t => t.Id).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var weighed = db.ArticleTags
            .Where(x => shared.Contains(x.TagId) && x.ArticleId != article.Id)
            .GroupBy(x => x.ArticleId)
            .Select(g => new { ArticleId = g.Key, Weight = g.Sum(x => strong.Contains(x.TagId) ? StrongWeight : 1) });
        return await weighed
            .Join(db.Articles.Where(Article.PublicAt(now)), w => w.ArticleId, a => a.Id, (w, a) => new { w.Weight, a.Id, a.Headline, a.Slug, a.Kind, a.PublishedAt, a.FeatureImageUrl })
            .OrderByDescending(r => r.Weight).ThenByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id)
            .Take(Size)
            .Select(r => new RelatedStory(r.Id, r.Headline, r.Slug, r.Kind, r.PublishedAt!.Value, r.FeatureImageUrl))
            .ToListAsync(cancellationToken);
    }

    /// <summary>People and events say who and what a story is about; topics and sections are shared by many more stories.</summary>
    private static bool IsStrong(TagKind kind) => kind is TagKind.Person or TagKind.Event;
}
