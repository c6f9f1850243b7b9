namespace Marquee.Content.Live;

/// <summary>One update of a live story. Never removed: a deleted entry stays as a flag, so cursors and updates can say it went.</summary>
public sealed class LiveEntry
{
    public long Id { get; set; }

    public long ArticleId { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When its text last changed after posting ("Updated 8:42 PM"); null = as posted.</summary>
    public DateTime? EditedAt { get; set; }

    public string? Title { get; set; }

    public string BodyMarkdown { get; set; } = "";

    /// <summary>Rendered and sanitised once on save, as article bodies are.</summary>
    public string BodyHtml { get; set; } = "";

    public long? PhotoId { get; set; }

    public bool IsKeyEvent { get; set; }

    public bool IsPinned { get; set; }

    public bool IsDeleted { get; set; }

    /// <summary>The entry's own version: an edit based on an older one is refused, so a second editor loses nothing.</summary>
    public int Version { get; set; }

    /// <summary>The story's version at the entry's last change: what the update resource asks for.</summary>
    public int ChangedInVersion { get; set; }

    public long? CreatedByStaffId { get; set; }

    public List<LiveEntryAuthor> Authors { get; set; } = [];
}
