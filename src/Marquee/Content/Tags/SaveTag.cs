using Marquee.Content.Search;
using Marquee.Platform.Caching;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Tags;

/// <summary>Creates or updates a tag by slug. A section change evicts every page: sections are in the site navigation.</summary>
public sealed class SaveTag(MarqueeDbContext db, ContentChanges changes, SearchIndexWriter searchIndex, TimeProvider clock)
{
    public async Task<SaveOutcome> SaveAsync(TagInput input, CancellationToken cancellationToken)
    {
        Check(input);
        var tag = await db.Tags.AsTracking().FirstOrDefaultAsync(t => t.Slug == input.Slug, cancellationToken);
        var kind = input.Kind ?? tag?.Kind ?? TagKind.Topic;
        var description = input.Description ?? tag?.Description;
        if (tag is not null && tag.Name == input.Name && tag.Kind == kind && tag.Description == description)
        {
            return SaveOutcome.Unchanged;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var outcome = tag is null ? SaveOutcome.Created : SaveOutcome.Updated;
        var renamed = tag is not null && tag.Name != input.Name.Trim();
        var wasSection = tag?.Kind == TagKind.Section;
        tag ??= db.Tags.Add(new Tag { Slug = input.Slug, Name = input.Name, CreatedAt = now }).Entity;
        tag.Name = input.Name.Trim();
        tag.Kind = kind;
        tag.Description = description;
        tag.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        if (renamed)
        {
            // Documents hold the names of their tags and authors, so readers find a story under the new one.
            await searchIndex.UpdateNamingAsync(tag.Id, null, cancellationToken);
        }

        changes.Touch(wasSection || kind == TagKind.Section ? CacheTags.Site : CacheTags.Tag(tag.Id));
        return outcome;
    }

    private static void Check(TagInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 200)
        {
            throw new ContentValidationException($"tag '{input.Slug}' needs a name of 1 to 200 characters");
        }

        if (!Slugs.IsValid(input.Slug))
        {
            throw new ContentValidationException($"tag slug '{input.Slug}' must be lower-case letters, digits and hyphens");
        }
    }
}
