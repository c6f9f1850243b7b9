using Marquee.Storage;

namespace Marquee.Content.Live;

/// <summary>Posts a new entry to a live story whose coverage is running; on ended coverage it is refused until reopened.</summary>
public sealed class PostLiveEntry(LiveEntryRules rules, LiveEntryWriter writer, MarqueeDbContext db)
{
    public async Task<LiveEntry> PostAsync(long articleId, LiveEntryInput input, ChangedBy by, CancellationToken cancellationToken)
    {
        var entry = await rules.CheckAsync(input, cancellationToken);
        var story = await writer.NextVersionAsync(articleId, cancellationToken);
        if (story.CoverageStartedAt is null)
        {
            throw new ContentValidationException($"live story {articleId}'s coverage has not started; start it before posting");
        }

        if (story.CoverageEndedAt is { } ended)
        {
            throw new ContentValidationException($"live story {articleId}'s coverage ended at {ended:u}; reopen it to post");
        }

        var posted = new LiveEntry { ArticleId = articleId, CreatedAt = input.PostedAt ?? writer.Now(), CreatedByStaffId = by.StaffUserId };
        LiveEntryWriter.Apply(posted, entry, input.IsKeyEvent);
        db.Set<LiveEntry>().Add(posted);
        await writer.SaveAsync(posted, story, LiveEntryChange.Posted, by, cancellationToken);
        return posted;
    }
}
