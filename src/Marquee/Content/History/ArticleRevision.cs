namespace Marquee.Content.History;

/// <summary>One saved version of an article: every field, as JSON of the input that would save it again.</summary>
public sealed class ArticleRevision
{
    public long Id { get; set; }

    public long ArticleId { get; set; }

    public int Version { get; set; }

    public DateTime SavedAt { get; set; }

    public long? SavedByStaffId { get; set; }

    public required string SavedBy { get; set; }

    public required string Content { get; set; }
}
