namespace Marquee.Content.Articles;

/// <summary>What is stored; "scheduled" is not a status but Published with a publish time still to come (decision 0016).</summary>
public enum ArticleStatus
{
    Draft,
    Published,
    Unpublished,
    InReview,
}
