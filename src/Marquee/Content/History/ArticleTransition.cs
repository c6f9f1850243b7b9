using Marquee.Content.Articles;

namespace Marquee.Content.History;

/// <summary>One move in the editorial workflow, for the audit log shown on the article.</summary>
public sealed class ArticleTransition
{
    public long Id { get; set; }

    public long ArticleId { get; set; }

    public DateTime ChangedAt { get; set; }

    public long? StaffUserId { get; set; }

    public required string Actor { get; set; }

    public EditorialState FromState { get; set; }

    public EditorialState ToState { get; set; }

    public string? Note { get; set; }
}
