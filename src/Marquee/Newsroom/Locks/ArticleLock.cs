namespace Marquee.Newsroom.Locks;

/// <summary>Who is editing an article now: one row per article, with a token per editor tab, kept alive by heartbeats.</summary>
public sealed class ArticleLock
{
    public long ArticleId { get; set; }

    public required string Token { get; set; }

    public long StaffUserId { get; set; }

    public required string HolderName { get; set; }

    public DateTime ExpiresAt { get; set; }
}
