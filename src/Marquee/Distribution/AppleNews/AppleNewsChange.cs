using Marquee.Content.Articles;

namespace Marquee.Distribution.AppleNews;

/// <summary>A channel article as the changes feed reads it: enough to tell Apple News to publish, update or delete it.</summary>
public sealed record AppleNewsChange(long Id, string Slug, string Headline, ArticleStatus Status, DateTime PublishedAt, DateTime UpdatedAt)
{
    /// <summary>Taken down is a delete; first published after <paramref name="since"/> is a publish; anything else an update.</summary>
    public string ActionSince(DateTime since) =>
        Status != ArticleStatus.Published ? "delete" : PublishedAt > since ? "publish" : "update";
}
