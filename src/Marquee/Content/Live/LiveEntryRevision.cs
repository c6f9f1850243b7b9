namespace Marquee.Content.Live;

/// <summary>Every write to an entry, who made it and what the entry said after it: the entry's revisions and audit log in one.</summary>
public sealed class LiveEntryRevision
{
    public long Id { get; set; }

    public long EntryId { get; set; }

    public DateTime ChangedAt { get; set; }

    public long? StaffUserId { get; set; }

    public required string Actor { get; set; }

    public LiveEntryChange Change { get; set; }

    public string? Title { get; set; }

    public string BodyMarkdown { get; set; } = "";
}
