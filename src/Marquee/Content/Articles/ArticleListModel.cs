namespace Marquee.Content.Articles;

/// <summary>A paginated list of cards and the path its pager links to; <c>LeadsPage</c> when its first card is the page's first image.</summary>
public sealed record ArticleListModel(PageOf<ArticleCard> Page, string BasePath, bool LeadsPage = true);
