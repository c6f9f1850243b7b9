using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Distribution.Feeds;

/// <summary>The newest published stories of a scope with everything a feed entry needs: body, bylines, tags, photo.</summary>
public sealed class FeedQueries(MarqueeDbContext db, ArticleQueries articles)
{
    public async Task<IReadOnlyList<FeedItem>> LatestAsync(ArticleFilter filter, int count, CancellationToken cancellationToken)
    {
        var rows = await articles.Published(filter)
            .Take(count)
            .Select(a => new
            {
                a.Id, a.Slug, a.Headline, Summary = a.Excerpt ?? a.Dek, a.BodyHtml, a.PublishedAt, a.UpdatedAt, a.CorrectionKind, a.CorrectionText, a.CorrectionNotedAt,
                Image = a.FeatureImageUrl == null ? null : new FeatureImage(a.FeatureImageUrl, a.FeatureImageAlt, a.FeatureImageCaption, a.FeatureImageCredit),
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var authors = await articles.AuthorsOfAsync(ids, cancellationToken);
        var tags = (await db.ArticleTags.Where(x => ids.Contains(x.ArticleId)).OrderBy(x => x.Position)
                .Select(x => new { x.ArticleId, Link = new NamedLink(x.Tag.Id, x.Tag.Slug, x.Tag.Name) })
                .ToListAsync(cancellationToken))
            .ToLookup(x => x.ArticleId, x => x.Link);
        return rows.Select(r => new FeedItem(r.Id, r.Slug, r.Headline, r.Summary, WithCorrection(r.CorrectionKind, r.CorrectionText, r.CorrectionNotedAt, r.BodyHtml), r.PublishedAt!.Value, r.UpdatedAt,
            authors[r.Id].ToList(), tags[r.Id].ToList(), r.Image)).ToList();
    }

    /// <summary>A feed reader sees a correction or update at the top of the story, as the article page shows it.</summary>
    private static string WithCorrection(CorrectionKind? kind, string? text, DateTime? notedAt, string bodyHtml) =>
        CorrectionNote.Stored(kind, text, notedAt) is { } note ? note.ToHtml() + bodyHtml : bodyHtml;
}
