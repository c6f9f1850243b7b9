using Marquee.Content.Articles;

namespace Marquee.Newsroom.Workflow;

/// <summary>What an article needs before it goes public, beyond Content's own rules: a story without a byline has nobody answering for it.</summary>
public static class PublishRules
{
    /// <summary>Why the move may not happen as the article stands, or null. A published article's new unpublish time is not a publication.</summary>
    public static string? RefusalToPublish(ArticleInput fields, EditorialState from, EditorialState to) =>
        to is EditorialState.Published or EditorialState.Scheduled && from != EditorialState.Published && fields.AuthorSlugs.Count == 0
            ? "a story needs a byline to be published or scheduled: add the writer or a guest author under Authors, save, and try again"
            : null;
}
