namespace Marquee.Newsletters.Audit;

/// <summary>The newsletter desk's audit log: who changed which list how, and when. Kept when a list goes (no foreign key).</summary>
public sealed class NewsletterEvent
{
    public long Id { get; set; }

    public long? ListId { get; set; }

    public long? StaffUserId { get; set; }

    public required string Actor { get; set; }

    public required string Action { get; set; }

    public DateTime At { get; set; }
}
