namespace Marquee.Content.Articles;

/// <summary>Reads the workflow state from what is stored: a published story whose time is still to come is scheduled.</summary>
public static class EditorialStates
{
    public static EditorialState StateAt(this ArticleInput article, DateTime now) => Of(article.Status, article.PublishedAt, now);

    public static EditorialState Of(ArticleStatus status, DateTime? publishedAt, DateTime now) => status switch
    {
        ArticleStatus.Published when publishedAt > now => EditorialState.Scheduled,
        ArticleStatus.Published => EditorialState.Published,
        ArticleStatus.InReview => EditorialState.InReview,
        ArticleStatus.Unpublished => EditorialState.Unpublished,
        _ => EditorialState.Draft,
    };

    /// <summary>The state as the newsroom writes it ("in review", not "InReview").</summary>
    public static string Display(this EditorialState state) => state == EditorialState.InReview ? "in review" : state.ToString().ToLowerInvariant();
}
