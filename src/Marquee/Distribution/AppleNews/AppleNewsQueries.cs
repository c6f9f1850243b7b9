using Marquee.Content.Articles;
using Marquee.Content.Outbound;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marquee.Distribution.AppleNews;

/// <summary>The articles of the Apple News channel: those carrying its channel tag (Marquee:AppleNews:ChannelTag).</summary>
public sealed class AppleNewsQueries(ArticleQueries articles, OutboundArticles outbound, IOptions<AppleNewsOptions> options)
{
    /// <summary>The article as it leaves the site (photos under <paramref name="siteUrl"/>) when it is published and in the channel; null, answered 404, otherwise.</summary>
    public async Task<OutboundArticle?> FindAsync(string slug, string siteUrl, CancellationToken cancellationToken)
    {
        var channel = options.Value.ChannelTag;
        var inChannel = articles.Published(ArticleFilter.All).Where(a => a.Slug == slug && a.Tags.Any(t => t.Tag.Slug == channel));
        return (await outbound.ReadAsync(inChannel, siteUrl, withPeople: true, cancellationToken)).SingleOrDefault();
    }

    /// <summary>
    /// Channel articles ever published and changed after the cursor (<paramref name="since"/>, then ids above
    /// <paramref name="afterId"/> at that same instant), oldest change first, so a reader can resume where a capped page ended.
    /// </summary>
    public async Task<IReadOnlyList<AppleNewsChange>> ChangedAfterAsync(DateTime since, long afterId, int count, CancellationToken cancellationToken)
    {
        var channel = options.Value.ChannelTag;
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
