using Marquee.Content.Articles;

namespace Marquee.Import.Wxr;

/// <summary>
/// WordPress's post status in Marquee's terms. Access is never widened: a private or password-protected post is imported
/// unpublished, and a published one without any date waits as a draft rather than appearing dated now.
/// </summary>
internal static class WxrStatus
{
    public static ArticleStatus Of(string file, string where, string status, DateTime? time, bool hasPassword, Action<string> report)
    {
        var state = status switch
        {
            "publish" or "future" => ArticleStatus.Published,
            "draft" => ArticleStatus.Draft,
            "pending" => ArticleStatus.InReview,
            "private" => ArticleStatus.Unpublished,
            _ => throw new ImportException(file, where, $"status '{status}' is not publish, future, draft, pending, private or trash"),
        };
        if (state == ArticleStatus.Published && hasPassword)
        {
            report("is password-protected, which Marquee cannot do; imported unpublished");
            return ArticleStatus.Unpublished;
        }

        if (state == ArticleStatus.Published && time is null)
        {
            report($"is '{status}' but has no date; imported as a draft");
            return ArticleStatus.Draft;
        }

        return state;
    }
}
