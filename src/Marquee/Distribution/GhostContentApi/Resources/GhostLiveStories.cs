using Marquee.Content.Articles;
using Marquee.Content.Live;
using Marquee.Content.Outbound;
using Microsoft.Extensions.Options;

namespace Marquee.Distribution.GhostContentApi.Resources;

/// <summary>
/// Live stories as Ghost posts (decision 0072): the summary, then the first page of entries as readers see it, and
/// updated_at moved to the newest entry change, so a Ghost front end shows the coverage and knows it moved.
/// </summary>
public sealed class GhostLiveStories(LiveQueries live, IOptions<LiveOptions> options, TimeProvider clock)
{
    /// <summary>The entries of the live stories among <paramref name="posts"/>: one read per live story (a page of posts seldom holds more than one).</summary>
    public async Task<GhostLiveEntries> OfAsync(IReadOnlyList<OutboundArticle> posts, string siteUrl, CancellationToken cancellationToken)
    {
        var byStory = new Dictionary<long, IReadOnlyList<LiveEntryView>>();
        foreach (var story in posts.Where(p => p.Kind == ArticleKind.Live))
        {
            byStory[story.Id] = await live.NewestAsync(story.Id, options.Value.PageSize, cancellationToken);
        }

        return new GhostLiveEntries(byStory, siteUrl, clock.GetUtcNow().UtcDateTime);
    }
}
