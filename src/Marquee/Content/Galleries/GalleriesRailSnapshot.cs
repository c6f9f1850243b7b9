using Marquee.Content.Articles;
using Marquee.Content.Home;
using Marquee.Platform.Caching;

namespace Marquee.Content.Galleries;

/// <summary>
/// The newest galleries for the home page's Galleries rail, in memory: as many more than it shows as there are top stories,
/// so the rail can leave out those shown above it. Dropped when a story joins or leaves the lists (Home) or one in it changes.
/// </summary>
public sealed class GalleriesRailSnapshot : TaggedSnapshot<IReadOnlyList<ArticleCard>>
{
    public const int Size = 4;

    private static readonly ArticleFilter Galleries = new(Kind: ArticleKind.Gallery);

    public async Task<IReadOnlyList<ArticleCard>> ExceptAsync(HomeFront front, ArticleQueries articles, CancellationToken cancellationToken)
    {
        var newest = await GetAsync(async token => (await articles.ListAsync(Galleries, 1, Size + HomeFront.TopStoryCount, token)).Items, cancellationToken);
        return [.. newest.Where(card => !front.Shows(card)).Take(Size)];
    }

    protected override IEnumerable<string> TagsOf(IReadOnlyList<ArticleCard> value) =>
        ArticleCacheTags.OfCards(value).Append(CacheTags.Home).Append(CacheTags.Site);
}
