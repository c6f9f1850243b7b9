using Marquee.Content.Galleries;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Articles;

/// <summary>
/// Reads a stored article back into the input a save takes (authors, tags and section by slug), so a
/// revision, a conflict's "theirs" and a workflow change all see exactly what is stored.
/// </summary>
public sealed class EditableArticles(MarqueeDbContext db)
{
    public async Task<EditableArticle?> FindAsync(long id, CancellationToken cancellationToken)
    {
        var row = await db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => new
        {
            Article = a,
            Authors = a.Authors.OrderBy(x => x.Position).Select(x => x.Author.Slug).ToList(),
            Tags = a.Tags.OrderBy(x => x.Position).Select(x => x.Tag.Slug).ToList(),
            Section = a.PrimarySection == null ? null : a.PrimarySection.Slug,
            Gallery = a.GalleryItems.OrderBy(i => i.Position).Select(i => new GalleryItemInput(i.PhotoId, i.Caption, i.IsCover)).ToList(),
        }).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var a = row.Article;
        var image = a.FeaturePhotoId is not null
            ? (a.FeaturePhotoCaption is null ? null : new FeatureImage(null, null, a.FeaturePhotoCaption, null))
            : a.FeatureImageUrl is null && a.FeatureImageAlt is null && a.FeatureImageCaption is null && a.FeatureImageCredit is null
            ? null
            : new FeatureImage(a.FeatureImageUrl, a.FeatureImageAlt, a.FeatureImageCaption, a.FeatureImageCredit);
        var fields = new ArticleInput
        {
            Slug = a.Slug,
            Kind = a.Kind,
            Headline = a.Headline,
            Dek = a.Dek,
            BodyMarkdown = a.BodyMarkdown,
            Excerpt = a.ExcerptIsHandWritten ? a.Excerpt : null,
            Status = a.Status,
            IsTopStory = a.IsTopStory,
            PublishedAt = a.PublishedAt,
            UnpublishAt = a.UnpublishAt,
            AuthorSlugs = row.Authors,
            TagSlugs = row.Tags,
            PrimarySectionSlug = row.Section,
            FeatureImage = image,
            FeaturePhotoId = a.FeaturePhotoId,
            SeoTitle = a.SeoTitle,
            SeoDescription = a.SeoDescription,
            Correction = CorrectionNote.Stored(a.CorrectionKind, a.CorrectionText, a.CorrectionNotedAt),
            GalleryItems = row.Gallery,
        };
        return new EditableArticle(a.Id, a.Version, a.CreatedByStaffId, fields);
    }

    /// <summary>Every article whatever its state, or those in <paramref name="state"/> (as <see cref="EditorialStates"/> reads it): for the newsroom's lists, which filter further.</summary>
    public IQueryable<Article> InState(EditorialState? state, DateTime now) => state switch
    {
        EditorialState.Draft => db.Articles.Where(a => a.Status == ArticleStatus.Draft),
        EditorialState.InReview => db.Articles.Where(a => a.Status == ArticleStatus.InReview),
        EditorialState.Scheduled => db.Articles.Where(a => a.Status == ArticleStatus.Published && a.PublishedAt > now),
        EditorialState.Published => db.Articles.Where(a => a.Status == ArticleStatus.Published && (a.PublishedAt == null || a.PublishedAt <= now)),
        EditorialState.Unpublished => db.Articles.Where(a => a.Status == ArticleStatus.Unpublished),
        _ => db.Articles,
    };

    /// <summary>Whose the article is and its editorial state now, in one small read; null when it does not exist.</summary>
    public async Task<(long? CreatedByStaffId, EditorialState State)?> StandingAsync(long id, DateTime now, CancellationToken cancellationToken)
    {
        var row = await db.Articles.Where(a => a.Id == id)
            .Select(a => new { a.CreatedByStaffId, a.Status, a.PublishedAt })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : (row.CreatedByStaffId, EditorialStates.Of(row.Status, row.PublishedAt, now));
    }

    /// <summary>The article, or a clear refusal naming it.</summary>
    public async Task<EditableArticle> GetAsync(long id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) ?? throw new ContentValidationException($"article {id} does not exist");
}
