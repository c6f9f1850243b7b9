using Marquee.Content.Search;
using Marquee.Platform.Caching;
using Marquee.Platform.Security;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Authors;

/// <summary>
/// Creates or updates an author profile by slug; a changed name or photo evicts every page showing the byline.
/// A missing bio or photo keeps the one on file: a byline in an imported page must not erase a profile.
/// </summary>
public sealed class SaveAuthor(MarqueeDbContext db, ContentChanges changes, SearchIndexWriter searchIndex, TimeProvider clock)
{
    public async Task<SaveOutcome> SaveAsync(AuthorInput input, CancellationToken cancellationToken)
    {
        Check(input);
        var author = await db.Authors.AsTracking().FirstOrDefaultAsync(a => a.Slug == input.Slug, cancellationToken);
        var bio = input.Bio ?? author?.Bio;
        var photoUrl = input.PhotoUrl ?? author?.PhotoUrl;
        if (author is not null && author.Name == input.Name && author.Bio == bio && author.PhotoUrl == photoUrl)
        {
            return SaveOutcome.Unchanged;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var outcome = author is null ? SaveOutcome.Created : SaveOutcome.Updated;
        var renamed = author is not null && author.Name != input.Name.Trim();
        author ??= db.Authors.Add(new Author { Slug = input.Slug, Name = input.Name, CreatedAt = now }).Entity;
        author.Name = input.Name.Trim();
        author.Bio = bio;
        author.PhotoUrl = photoUrl;
        author.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        if (renamed)
        {
            // Documents hold the names of their tags and authors, so readers find a story under the new one.
            await searchIndex.UpdateNamingAsync(null, author.Id, cancellationToken);
        }

        changes.Touch(CacheTags.Author(author.Id));
        return outcome;
    }

    private static void Check(AuthorInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 200)
        {
            throw new ContentValidationException($"author '{input.Slug}' needs a name of 1 to 200 characters");
        }

        if (!Slugs.IsValid(input.Slug))
        {
            throw new ContentValidationException($"author slug '{input.Slug}' must be lower-case letters, digits and hyphens");
        }

        if (input.PhotoUrl is { } photoUrl && (photoUrl.Length > 2000 || !UrlPolicy.IsAllowed(photoUrl)))
        {
            throw new ContentValidationException($"author '{input.Slug}' photo URL {UrlPolicy.Rule} (at most 2000 characters)");
        }
    }
}
