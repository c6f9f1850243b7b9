namespace Marquee.Content.Articles;

/// <summary>A paginated list of cards and the path its pager links to.</summary>
public sealed record ArticleListModel(PageOf<ArticleCard> Page, string BasePath);
