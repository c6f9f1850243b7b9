using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Content.Search;
using Marquee.Newsroom.Workflow;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Newsroom.Articles;

/// <summary>
/// Every article whatever its state that the reader may open, for the newsroom's list and dashboard: the public
/// queries only ever see published stories, so this is the one place drafts, reviews and schedules are listed.
/// Recently changed first, or recently published first.
/// </summary>
public sealed class ArticleList(EditableArticles editable, ArticleQueries articles, ArticleSearch search, TimeProvider clock)
{
    public async Task<PageOf<ArticleListRow>> ListAsync(ArticleListFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        page = Math.Max(page, 1);
        var now = clock.GetUtcNow().UtcDateTime;
        var matching = Matching(filter, now);
        var rows = await (filter.ByPublication ? matching.OrderByDescending(a => a.PublishedAt) : matching.OrderByDescending(a => a.UpdatedAt))
            .ThenByDescending(a => a.Id)
            .Skip(PageOffset.Of(page, pageSize))
            .Take(pageSize + 1)
            .Select(a => new { a.Id, a.Headline, a.Status, a.PublishedAt, a.UpdatedAt })
            .ToListAsync(cancellationToken);
        var shown = rows.Take(pageSize).ToList();
        var authors = await articles.AuthorsOfAsync(shown.Select(r => r.Id).ToList(), cancellationToken);
        var items = shown.Select(r => new ArticleListRow(
            r.Id,
            r.Headline,
            EditorialStates.Of(r.Status, r.PublishedAt, now),
            authors[r.Id].ToList(),
            r.PublishedAt,
            r.UpdatedAt)).ToList();
        return new PageOf<ArticleListRow>(items, page, rows.Count > pageSize);
    }

    private IQueryable<Article> Matching(ArticleListFilter filter, DateTime now)
    {
        var query = editable.InState(filter.State, now);
        if (!string.IsNullOrWhiteSpace(filter.AuthorSlug))
        {
            query = query.Where(a => a.Authors.Any(x => x.Author.Slug == filter.AuthorSlug));
        }

        if (!string.IsNullOrWhiteSpace(filter.TagSlug))
        {
            query = query.Where(a => a.Tags.Any(x => x.Tag.Slug == filter.TagSlug));
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            // The search index holds published stories' bodies, tags and bylines; a draft is found by its headline.
            var text = filter.Search.Trim().ToLowerInvariant();
            var indexed = search.MatchingIds(text);
#pragma warning disable CA1304, CA1311, CA1862 // runs as SQL lower() and LIKE in the database, where no .NET culture applies
            query = query.Where(a => a.Headline.ToLower().Contains(text) || indexed.Contains(a.Id));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (WorkflowRules.ReadsOnlyOwn(filter.Reader.Role))
        {
            var reader = filter.Reader.StaffUserId;
            query = query.Where(a => a.CreatedByStaffId == reader);
        }

        return filter.CreatedByStaffId is { } staffId ? query.Where(a => a.CreatedByStaffId == staffId) : query;
    }
}
