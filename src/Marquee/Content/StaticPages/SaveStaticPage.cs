using Marquee.Content.Body;
using Marquee.Platform.Caching;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.StaticPages;

/// <summary>Creates or updates a static page (by source key, else slug). Footer links are on every page, so a change evicts them all.</summary>
public sealed class SaveStaticPage(MarqueeDbContext db, ContentChanges changes, TimeProvider clock)
{
    public async Task<SaveOutcome> SaveAsync(StaticPageInput input, CancellationToken cancellationToken)
    {
        Check(input);
        var page = input.SourceKey is null
            ? await db.StaticPages.AsTracking().FirstOrDefaultAsync(p => p.Slug == input.Slug, cancellationToken)
            : await db.StaticPages.AsTracking().FirstOrDefaultAsync(p => p.SourceKey == input.SourceKey, cancellationToken);
        if (page is not null && page.Slug == input.Slug && page.Title == input.Title && page.BodyMarkdown == input.BodyMarkdown
            && page.IsPublished == input.IsPublished && page.SeoDescription == input.SeoDescription)
        {
            return SaveOutcome.Unchanged;
        }

        if (await db.StaticPages.AnyAsync(p => p.Slug == input.Slug && p.Id != (page == null ? 0 : page.Id), cancellationToken))
        {
            throw new ContentValidationException($"slug '{input.Slug}' is already used by another page");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var outcome = page is null ? SaveOutcome.Created : SaveOutcome.Updated;
        page ??= db.StaticPages.Add(new StaticPage { Slug = input.Slug, Title = input.Title, CreatedAt = now }).Entity;
        page.Slug = input.Slug;
        page.Title = input.Title.Trim();
        page.BodyMarkdown = input.BodyMarkdown;
        page.BodyHtml = BodyRenderer.ToHtml(input.BodyMarkdown);
        page.IsPublished = input.IsPublished;
        page.SeoDescription = input.SeoDescription;
        page.SourceKey = input.SourceKey;
        page.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        changes.Touch(CacheTags.Site);
        return outcome;
    }

    private static void Check(StaticPageInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Length > 500)
        {
            throw new ContentValidationException($"page '{input.Slug}' needs a title of 1 to 500 characters");
        }

        if (!Slugs.IsValid(input.Slug))
        {
            throw new ContentValidationException($"page slug '{input.Slug}' must be lower-case letters, digits and hyphens");
        }
    }
}
