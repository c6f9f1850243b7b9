using Marquee.Content;
using Marquee.Content.Articles;

namespace Marquee.Newsroom.Workflow;

/// <summary>
/// The status and times a workflow move stores: scheduled is Published with a publish time still to come
/// (decision 0016); publishing keeps an earlier publish date (a republished story keeps its date); times
/// for scheduling must lie ahead.
/// </summary>
internal static class StateFields
{
    public static ArticleInput Apply(ArticleInput fields, StateChange change, DateTime now) => change.To switch
    {
        EditorialState.Draft => fields with { Status = ArticleStatus.Draft, PublishedAt = null, UnpublishAt = null },
        EditorialState.InReview => fields with { Status = ArticleStatus.InReview, PublishedAt = null, UnpublishAt = null },
        EditorialState.Unpublished => fields with { Status = ArticleStatus.Unpublished, UnpublishAt = null },
        EditorialState.Scheduled => fields with
        {
            Status = ArticleStatus.Published,
            PublishedAt = Ahead(change.PublishAt ?? throw new ContentValidationException("scheduling needs a publish time"), "publish", now),
            UnpublishAt = UnpublishTime(change, now),
        },
        _ => fields with { Status = ArticleStatus.Published, PublishedAt = fields.PublishedAt <= now ? fields.PublishedAt : now, UnpublishAt = UnpublishTime(change, now) },
    };

    private static DateTime? UnpublishTime(StateChange change, DateTime now) => change.UnpublishAt is { } time ? Ahead(time, "unpublish", now) : null;

    private static DateTime Ahead(DateTime time, string what, DateTime now)
    {
        var utc = time.ToUniversalTime();
        return utc > now
            ? utc
            : throw new ContentValidationException($"the {what} time {utc:yyyy-MM-dd HH:mm:ss} UTC is in the past; choose a time still to come");
    }
}
