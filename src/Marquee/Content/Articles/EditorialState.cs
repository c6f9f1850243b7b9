namespace Marquee.Content.Articles;

/// <summary>Where an article stands in the newsroom's workflow, derived from its status and times (decision 0016).</summary>
public enum EditorialState
{
    Draft,
    InReview,
    Scheduled,
    Published,
    Unpublished,
}
