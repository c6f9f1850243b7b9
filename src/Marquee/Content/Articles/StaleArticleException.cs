using Marquee.Content.History;

namespace Marquee.Content.Articles;

/// <summary>
/// A save based on a version someone else has since replaced: refused whole, carrying both sides so the
/// editor can show them field by field instead of overwriting the other person's work.
/// </summary>
public sealed class StaleArticleException(long articleId, int baseVersion, int currentVersion, ArticleInput theirs, ArticleInput mine)
    : Exception($"article {articleId} was saved as version {currentVersion} after you opened version {baseVersion}; nothing was saved")
{
    public long ArticleId => articleId;

    public int BaseVersion => baseVersion;

    public int CurrentVersion => currentVersion;

    public ArticleInput Theirs => theirs;

    public ArticleInput Mine => mine;

    /// <summary>The fields where the stored version and this save differ.</summary>
    public IReadOnlyList<FieldChange> Differences => ArticleDiff.Between(theirs, mine);
}
