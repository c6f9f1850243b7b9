using Marquee.Content.Articles;
using Marquee.Platform.Caching;

namespace Marquee.Content.Related;

/// <summary>
/// Each story's related list in memory, so a page-cache miss (every publish evicts the stories sharing its tags) does not
/// weigh the tags again. Dropped when the story changes (its tags may have), when a story carrying one of its tags joins,
/// leaves or changes (its Lists touch those tags), or when a listed story changes.
/// </summary>
public sealed class RelatedSnapshots : KeyedSnapshots<long, RelatedSnapshots.Held>
{
    public async Task<IReadOnlyList<RelatedStory>> ReadAsync(ArticleDetail article, Func<CancellationToken, Task<IReadOnlyList<RelatedStory>>> read, CancellationToken cancellationToken)
    {
        var held = await GetAsync(article.Id, async token => new Held([.. article.Tags.Select(t => t.Id)], await read(token)), cancellationToken);
        return held.Stories;
    }

    protected override IEnumerable<string> TagsOf(long key, Held value) =>
        ArticleCacheTags.Linked(value.Stories.Select(story => story.Id))
            .Concat(value.TagIds.Select(CacheTags.Tag))
            .Append(CacheTags.Article(key));

    /// <summary>The list, and the tags it was weighed by.</summary>
    public sealed record Held(IReadOnlyList<long> TagIds, IReadOnlyList<RelatedStory> Stories);
}
