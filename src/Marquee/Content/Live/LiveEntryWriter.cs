using Marquee.Platform.Caching;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Live;

/// <summary>
/// What every entry write shares, inside the caller's transaction: the story's version moved on first (its row lock
/// orders writers of one story), the entry saved as the next version of what was read, its revision recorded, and the
/// story's pages and update resource evicted.
/// </summary>
public sealed class LiveEntryWriter(MarqueeDbContext db, ContentChanges changes, TimeProvider clock)
{
    public DateTime Now() => clock.GetUtcNow().UtcDateTime;

    /// <summary>Moves the story's version on and returns the story as it now is; refuses an article that is not a live story.</summary>
    public async Task<LiveStory> NextVersionAsync(long articleId, CancellationToken cancellationToken)
    {
        var moved = await db.Set<LiveStory>().Where(s => s.ArticleId == articleId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version + 1), cancellationToken);
        if (moved == 0)
        {
            throw new ContentValidationException($"article {articleId} is not a live story");
        }

        changes.Touch(LiveCacheTags.Story(articleId));
        // Read past the tracker: a newsroom request's context tracks (the staff store), and a story it read before would come back unmoved.
        return await db.Set<LiveStory>().AsNoTracking().SingleAsync(s => s.ArticleId == articleId, cancellationToken);
    }

    /// <summary>The entry with its bylines, tracked, if it is still the version the writer read.</summary>
    public async Task<LiveEntry> EntryAsync(long entryId, int baseVersion, CancellationToken cancellationToken)
    {
        var entry = await db.Set<LiveEntry>().AsTracking().Include(e => e.Authors).SingleOrDefaultAsync(e => e.Id == entryId, cancellationToken)
            ?? throw new ContentValidationException($"live entry {entryId} does not exist");
        if (entry.IsDeleted)
        {
            throw new ContentValidationException($"live entry {entryId} was deleted");
        }

        return entry.Version == baseVersion ? entry : throw await StaleAsync(entry, baseVersion, cancellationToken);
    }

    /// <summary>Saves the entry as changed in <paramref name="story"/>'s version, with its revision; refused if another write of the entry committed first.</summary>
    public async Task SaveAsync(LiveEntry entry, LiveStory story, LiveEntryChange change, ChangedBy by, CancellationToken cancellationToken)
    {
        var readVersion = entry.Version;
        entry.Version = readVersion + 1;
        entry.ChangedInVersion = story.Version;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var stored = await db.Set<LiveEntry>().Include(e => e.Authors).SingleAsync(e => e.Id == entry.Id, cancellationToken);
            throw await StaleAsync(stored, readVersion, cancellationToken);
        }

        db.Set<LiveEntryRevision>().Add(new LiveEntryRevision
        {
            EntryId = entry.Id,
            ChangedAt = Now(),
            StaffUserId = by.StaffUserId,
            Actor = by.Name,
            Change = change,
            Title = entry.Title,
            BodyMarkdown = entry.BodyMarkdown,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public static void Apply(LiveEntry entry, CheckedEntry input, bool isKeyEvent)
    {
        entry.Title = input.Title;
        entry.BodyMarkdown = input.BodyMarkdown;
        entry.BodyHtml = input.BodyHtml;
        entry.PhotoId = input.PhotoId;
        entry.IsKeyEvent = isKeyEvent;
        // Kept rows keep their tracked instances: a new row with the same key would clash with the tracked one.
        entry.Authors.RemoveAll(a => !input.AuthorIds.Contains(a.AuthorId));
        foreach (var (id, position) in input.AuthorIds.Select((id, position) => (id, position)))
        {
            var byline = entry.Authors.Find(a => a.AuthorId == id);
            if (byline is null)
            {
                entry.Authors.Add(new LiveEntryAuthor { AuthorId = id, Position = position });
            }
            else
            {
                byline.Position = position;
            }
        }
    }

    private async Task<StaleLiveEntryException> StaleAsync(LiveEntry stored, int baseVersion, CancellationToken cancellationToken)
    {
        var authorIds = stored.Authors.OrderBy(a => a.Position).Select(a => a.AuthorId).ToList();
        var slugs = await db.Authors.Where(a => authorIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Slug, cancellationToken);
        return new StaleLiveEntryException(stored.Id, baseVersion, new LiveEntryInput
        {
            Title = stored.Title,
            BodyMarkdown = stored.BodyMarkdown,
            PhotoId = stored.PhotoId,
            IsKeyEvent = stored.IsKeyEvent,
            AuthorSlugs = [.. authorIds.Select(id => slugs[id])],
        });
    }
}
