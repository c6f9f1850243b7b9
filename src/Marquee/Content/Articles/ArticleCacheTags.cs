using Marquee.Platform.Caching;

namespace Marquee.Content.Articles;

/// <summary>
/// Which cached pages show an article, in one place for both sides (decision 0005): pages tag themselves with
/// <see cref="Shown"/> or <see cref="OfCards"/> as they render, and a change to a public article touches its own
/// tag and <see cref="Lists"/>, which name every page those tags are on. <c>ArticleCacheTagTests</c> holds them to it.
/// </summary>
public static class ArticleCacheTags
{
    /// <summary>A page about the article itself (its page, a gallery's, a feed item, Apple News): the article, its bylines and every tag it carries.</summary>
    public static IEnumerable<string> Shown(long articleId, IEnumerable<long> authorIds, IEnumerable<long> tagIds) =>
        BylinesAndTags(authorIds, tagIds).Append(CacheTags.Article(articleId));

    /// <summary>A list of cards: each article, its section and its authors appear on the page, and a gallery's cover photo.</summary>
    public static IEnumerable<string> OfCards(IEnumerable<ArticleCard> cards) =>
        cards.SelectMany(card => card.Authors.Select(a => CacheTags.Author(a.Id))
            .Append(CacheTags.Article(card.Id))
            .Concat(card.Section is null ? [] : [CacheTags.Tag(card.Section.Id)])
            .Concat(card.Gallery is null ? [] : [CacheTags.Photo(card.Gallery.Photo.Id)]));

    /// <summary>A short list of links (related stories, most read): each article's headline, path and picture, nothing of its bylines or tags.</summary>
    public static IEnumerable<string> Linked(IEnumerable<long> articleIds) => articleIds.Select(CacheTags.Article);

    /// <summary>The lists a public article is on, touched when it joins, leaves or changes: the home page, its tags', sections' and authors' pages and feeds.</summary>
    public static IEnumerable<string> Lists(IEnumerable<long> authorIds, IEnumerable<long> tagIds) =>
        BylinesAndTags(authorIds, tagIds).Append(CacheTags.Home);

    private static IEnumerable<string> BylinesAndTags(IEnumerable<long> authorIds, IEnumerable<long> tagIds) =>
        authorIds.Select(CacheTags.Author).Concat(tagIds.Select(CacheTags.Tag));
}
