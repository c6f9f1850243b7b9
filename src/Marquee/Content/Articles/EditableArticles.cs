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

    /// <summary>The article, or a clear refusal naming it.</summary>
    public async Task<EditableArticle> GetAsync(long id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) ?? throw new ContentValidationException($"article {id} does not exist");
}
