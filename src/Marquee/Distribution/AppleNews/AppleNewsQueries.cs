using Marquee.Content.Articles;
using Marquee.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marquee.Distribution.AppleNews;

/// <summary>The articles of the Apple News channel: those carrying its channel tag (Marquee:AppleNews:ChannelTag).</summary>
public sealed class AppleNewsQueries(ArticleQueries articles, IOptions<MarqueeOptions> options, TimeProvider clock)
{
    /// <summary>The article when it is published and in the channel; null, answered 404, otherwise.</summary>
    public async Task<ArticleDetail?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        var channel = options.Value.AppleNews.ChannelTag;
        var article = await articles.FindBySlugAsync(slug, cancellationToken);
        return article is not null && article.IsPublicAt(clock.GetUtcNow().UtcDateTime) && article.Tags.Any(t => t.Slug == channel) ? article : null;
    }

    /// <summary>
    /// Channel articles ever published and changed after the cursor (<paramref name="since"/>, then ids above
    /// <paramref name="afterId"/> at that same instant), oldest change first, so a reader can resume where a capped page ended.
    /// </summary>
    public async Task<IReadOnlyList<AppleNewsChange>> ChangedAfterAsync(DateTime since, long afterId, int count, CancellationToken cancellationToken)
    {
        var channel = options.Value.AppleNews.ChannelTag;
        return await articles.PastPublishTime()
            .Where(a => a.Tags.Any(t => t.Tag.Slug == channel))
            .Where(a => a.UpdatedAt > since || (a.UpdatedAt == since && a.Id > afterId))
            .OrderBy(a => a.UpdatedAt)
            .ThenBy(a => a.Id)
            .Take(count)
            .Select(a => new AppleNewsChange(a.Id, a.Slug, a.Headline, a.Status, a.PublishedAt!.Value, a.UpdatedAt))
            .ToListAsync(cancellationToken);
    }
}
