using Marquee.Content.Articles;

namespace Marquee.Newsroom.Articles;

/// <summary>What the newsroom's article list shows: any mix of state, author, tag, a headline search and one writer's own.</summary>
public sealed record ArticleListFilter
{
    public EditorialState? State { get; init; }

    public string? AuthorSlug { get; init; }

    public string? TagSlug { get; init; }

    public string? Search { get; init; }

    /// <summary>The staff member who created the articles ("my drafts").</summary>
    public long? CreatedByStaffId { get; init; }
}
