using Marquee.Content.Articles;
using Marquee.Newsroom.Workflow;

namespace Marquee.Newsroom.Articles;

/// <summary>What the newsroom's article list shows: any mix of state, author, tag, a headline search and one writer's own.</summary>
public sealed record ArticleListFilter
{
    /// <summary>Who is looking: a contributor or author is shown only their own articles (WorkflowRules.ReadsOnlyOwn).</summary>
    public required Actor Reader { get; init; }

    public EditorialState? State { get; init; }

    public string? AuthorSlug { get; init; }

    public string? TagSlug { get; init; }

    public string? Search { get; init; }

    /// <summary>The staff member who created the articles ("my drafts").</summary>
    public long? CreatedByStaffId { get; init; }

    /// <summary>Latest published first instead of latest changed first: what went out, in the order it went.</summary>
    public bool ByPublication { get; init; }
}
