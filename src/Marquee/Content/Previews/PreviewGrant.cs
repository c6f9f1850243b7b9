namespace Marquee.Content.Previews;

/// <summary>What a preview token allows: one article until a time, or nothing (forged or expired).</summary>
public sealed record PreviewGrant(long? ArticleId, DateTimeOffset? Expires)
{
    public static readonly PreviewGrant Invalid = new(null, null);

    public bool IsExpired => ArticleId is null && Expires is not null;

    public static PreviewGrant For(long articleId, DateTimeOffset expires) => new(articleId, expires);

    public static PreviewGrant ExpiredAt(DateTimeOffset expires) => new(null, expires);
}
