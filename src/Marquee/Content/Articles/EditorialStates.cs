namespace Marquee.Content.Articles;

/// <summary>Reads the workflow state from what is stored: a published story whose time is still to come is scheduled.</summary>
public static class EditorialStates
{
    public static EditorialState StateAt(this ArticleInput article, DateTime now) => article.Status switch
    {
        ArticleStatus.Published when article.PublishedAt > now => EditorialState.Scheduled,
        ArticleStatus.Published => EditorialState.Published,
        ArticleStatus.InReview => EditorialState.InReview,
        ArticleStatus.Unpublished => EditorialState.Unpublished,
        _ => EditorialState.Draft,
    };
}
