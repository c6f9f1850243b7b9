using Marquee.Platform.Caching;

namespace Marquee.Content.Articles;

/// <summary>
/// The newest stories for the Latest rail, in memory: one more than the rail shows, so an article page
/// can leave itself out. Dropped when the rail changes or a story or byline in it does.
/// </summary>
public sealed class LatestRailSnapshot : TaggedSnapshot<IReadOnlyList<ArticleCard>>
{
    public async Task<IReadOnlyList<ArticleCard>> ExceptAsync(long articleId, ArticleQueries articles, CancellationToken cancellationToken)
    {
        var newest = await GetAsync(token => articles.LatestAsync(LatestRail.Size + 1, excludeId: null, token), cancellationToken);
        return newest.Where(card => card.Id != articleId).Take(LatestRail.Size).ToList();
    }

    protected override IEnumerable<string> TagsOf(IReadOnlyList<ArticleCard> value) =>
        CardTags.Of(value).Append(CacheTags.LatestRail).Append(CacheTags.Site);
}
