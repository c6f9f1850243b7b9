using Marquee.Content.Articles;

namespace Marquee.Newsroom.Workflow;

/// <summary>
/// How the newsroom opens one article: it exists and this person may read it (WorkflowRules.RefusalToRead), or
/// null. Pages answer 404 either way, so nobody learns which of someone else's articles exist.
/// </summary>
public sealed class ReadableArticles(EditableArticles articles, TimeProvider clock)
{
    public async Task<EditableArticle?> FindAsync(long id, Actor reader, CancellationToken cancellationToken) =>
        await articles.FindAsync(id, cancellationToken) is { } article && ArticleAccess.Of(article, clock.GetUtcNow().UtcDateTime).MayRead(reader)
            ? article
            : null;
}
