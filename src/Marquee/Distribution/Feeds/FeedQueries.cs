using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Distribution.Feeds;

/// <summary>The newest published stories of a scope with everything a feed entry needs: body, bylines, tags, photo.</summary>
public sealed class FeedQueries(MarqueeDbContext db)
{
    public async Task<IReadOnlyList<FeedItem>> LatestAsync(ArticleFilter filter, int count, CancellationToken cancellationToken)
    {
        var query = db.Articles.Where(a => a.Status == ArticleStatus.Published && a.PublishedAt != null);
        if (filter.TagId is { } tagId)
        {
            query = query.Where(a => a.Tags.Any(t => t.TagId == tagId));
        }

        if (filter.AuthorId is { } authorId)
        {
            query = query.Where(a => a.Authors.Any(x => x.AuthorId == authorId));
        }

        var rows = await query
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Take(count)
            .Select(a => new
            {
                a.Id, a.Slug, a.Headline, Summary = a.Excerpt ?? a.Dek, a.BodyHtml, a.PublishedAt, a.UpdatedAt,
                Image = a.FeatureImageUrl == null ? null : new FeatureImage(a.FeatureImageUrl, a.FeatureImageAlt, a.FeatureImageCaption, a.FeatureImageCredit),
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var authors = (await db.ArticleAuthors.Where(x => ids.Contains(x.ArticleId)).OrderBy(x => x.Position)
                .Select(x => new { x.ArticleId, Link = new NamedLink(x.Author.Id, x.Author.Slug, x.Author.Name) })
                .ToListAsync(cancellationToken))
            .ToLookup(x => x.ArticleId, x => x.Link);
        var tags = (await db.ArticleTags.Where(x => ids.Contains(x.ArticleId)).OrderBy(x => x.Position)
                .Select(x => new { x.ArticleId, Link = new NamedLink(x.Tag.Id, x.Tag.Slug, x.Tag.Name) })
                .ToListAsync(cancellationToken))
            .ToLookup(x => x.ArticleId, x => x.Link);
        return rows.Select(r => new FeedItem(r.Id, r.Slug, r.Headline, r.Summary, r.BodyHtml, r.PublishedAt!.Value, r.UpdatedAt,
            authors[r.Id].ToList(), tags[r.Id].ToList(), r.Image)).ToList();
    }
}
