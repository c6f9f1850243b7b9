using Marquee.Platform.Caching;

namespace Marquee.Content.Articles;

/// <summary>The cache tags of a list of cards: each article, its section and its authors appear on the page, and a gallery's cover photo.</summary>
public static class CardTags
{
    public static IEnumerable<string> Of(IEnumerable<ArticleCard> cards) =>
        cards.SelectMany(card => card.Authors.Select(a => CacheTags.Author(a.Id))
            .Append(CacheTags.Article(card.Id))
            .Concat(card.Section is null ? [] : [CacheTags.Tag(card.Section.Id)])
            .Concat(card.Gallery is null ? [] : [CacheTags.Photo(card.Gallery.Photo.Id)]));
}
