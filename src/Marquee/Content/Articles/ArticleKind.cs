namespace Marquee.Content.Articles;

/// <summary>A gallery is an article of another kind (decision 0022): same workflow, revisions and lists, its own page.</summary>
public enum ArticleKind
{
    Story,
    Gallery,

    /// <summary>A live story (decision 0054): its entries stream under /live/{slug}.</summary>
    Live,
}
