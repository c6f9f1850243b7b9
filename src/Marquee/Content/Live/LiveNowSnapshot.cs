using Marquee.Platform.Caching;

namespace Marquee.Content.Live;

/// <summary>The stories live now, in memory: the home page shows them, and a page-cache miss of home should not read them again.</summary>
public sealed class LiveNowSnapshot(TimeProvider clock) : TaggedSnapshot<IReadOnlyList<NamedLink>>
{
    public Task<IReadOnlyList<NamedLink>> ReadAsync(LiveQueries live, CancellationToken cancellationToken) =>
        GetAsync(async token => (IReadOnlyList<NamedLink>)await live.LiveNowAsync(clock.GetUtcNow().UtcDateTime, token), cancellationToken);

    /// <summary>Coverage starting or ending, a story joining or leaving the lists (Home), or a live story's own change.</summary>
    protected override IEnumerable<string> TagsOf(IReadOnlyList<NamedLink> value) =>
        value.Select(story => CacheTags.Article(story.Id)).Append(LiveCacheTags.LiveNow).Append(CacheTags.Home).Append(CacheTags.Site);
}
