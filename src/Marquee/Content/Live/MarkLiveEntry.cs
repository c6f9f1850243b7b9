using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Live;

/// <summary>Pins, unpins, marks or unmarks a key event, or deletes an entry. Pinning one unpins the story's other: at most one is pinned.</summary>
public sealed class MarkLiveEntry(LiveEntryWriter writer, MarqueeDbContext db)
{
    public async Task<LiveEntry> MarkAsync(long entryId, int baseVersion, LiveEntryChange change, ChangedBy by, CancellationToken cancellationToken)
    {
        var entry = await writer.EntryAsync(entryId, baseVersion, cancellationToken);
        var story = await writer.NextVersionAsync(entry.ArticleId, cancellationToken);
        switch (change)
        {
            case LiveEntryChange.Pinned:
                await UnpinOthersAsync(entry, story, by, cancellationToken);
                entry.IsPinned = true;
                break;
            case LiveEntryChange.Unpinned:
                entry.IsPinned = false;
                break;
            case LiveEntryChange.MarkedKeyEvent or LiveEntryChange.UnmarkedKeyEvent:
                entry.IsKeyEvent = change == LiveEntryChange.MarkedKeyEvent;
                break;
            case LiveEntryChange.Deleted:
                entry.IsDeleted = true;
                entry.IsPinned = false;
                break;
            default:
                throw new ContentValidationException($"'{change}' is not a mark an entry takes");
        }

        await writer.SaveAsync(entry, story, change, by, cancellationToken);
        return entry;
    }

    /// <summary>Runs after the story's version moved on, whose row lock keeps two pins of one story from both finding none pinned.</summary>
    private async Task UnpinOthersAsync(LiveEntry entry, LiveStory story, ChangedBy by, CancellationToken cancellationToken)
    {
        var pinned = await db.Set<LiveEntry>().AsTracking().Where(e => e.ArticleId == entry.ArticleId && e.IsPinned && e.Id != entry.Id).ToListAsync(cancellationToken);
        foreach (var other in pinned)
        {
            other.IsPinned = false;
            await writer.SaveAsync(other, story, LiveEntryChange.Unpinned, by, cancellationToken);
        }
    }
}
