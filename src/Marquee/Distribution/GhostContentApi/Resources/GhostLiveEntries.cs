using Marquee.Content.Live;

namespace Marquee.Distribution.GhostContentApi.Resources;

/// <summary>The entries of the live stories on one page of posts, ready to go after each story's summary.</summary>
public sealed class GhostLiveEntries(IReadOnlyDictionary<long, IReadOnlyList<LiveEntryView>> byStory, string siteUrl, DateTime now)
{
    /// <summary>The post as it is, or, for a live story, with its entries after the summary.</summary>
    public GhostPost With(GhostPost post)
    {
        if (!byStory.TryGetValue(post.Id, out var entries) || entries.Count == 0)
        {
            return post;
        }

        var newest = entries.Max(e => e.LastChanged);
        return post with
        {
            Html = post.Html + $"<section class=\"live-entries\">{string.Concat(entries.Select(e => LiveEntryHtml.Entry(e, siteUrl, now)))}</section>",
            UpdatedAt = newest > post.UpdatedAt ? newest : post.UpdatedAt,
        };
    }
}
