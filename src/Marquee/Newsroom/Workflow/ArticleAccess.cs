using Marquee.Content.Articles;

namespace Marquee.Newsroom.Workflow;

/// <summary>What the access rules need to know of an article: whose it is and its workflow state now.</summary>
public sealed record ArticleAccess(long? CreatedByStaffId, EditorialState State)
{
    public static ArticleAccess Of(EditableArticle article, DateTime now) => new(article.CreatedByStaffId, article.Fields.StateAt(now));

    public string? RefusalToRead(Actor actor) => WorkflowRules.RefusalToRead(actor.Role, actor.Owns(CreatedByStaffId));

    public string? RefusalToEdit(Actor actor) => WorkflowRules.RefusalToEdit(actor.Role, actor.Owns(CreatedByStaffId), State);

    public bool MayRead(Actor actor) => RefusalToRead(actor) is null;

    public bool MayEdit(Actor actor) => RefusalToEdit(actor) is null;
}
