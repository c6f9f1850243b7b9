namespace Marquee.Content.Live;

/// <summary>Changes an entry's text, photo, bylines or key-event mark; an edit based on an older version is refused, naming what is stored now.</summary>
public sealed class EditLiveEntry(LiveEntryRules rules, LiveEntryWriter writer)
{
    public async Task<LiveEntry> EditAsync(long entryId, int baseVersion, LiveEntryInput input, ChangedBy by, CancellationToken cancellationToken)
    {
        var checkedInput = await rules.CheckAsync(input, cancellationToken);
        var entry = await writer.EntryAsync(entryId, baseVersion, cancellationToken);
        var story = await writer.NextVersionAsync(entry.ArticleId, cancellationToken);
        var textChanged = entry.Title != checkedInput.Title || entry.BodyMarkdown != checkedInput.BodyMarkdown || entry.PhotoId != checkedInput.PhotoId;
        LiveEntryWriter.Apply(entry, checkedInput, input.IsKeyEvent);
        if (textChanged)
        {
            entry.EditedAt = writer.Now();
        }

        await writer.SaveAsync(entry, story, LiveEntryChange.Edited, by, cancellationToken);
        return entry;
    }
}
