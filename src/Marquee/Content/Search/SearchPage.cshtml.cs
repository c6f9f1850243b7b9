using System.Globalization;
using Marquee.Content.Authors;
using Marquee.Content.Tags;
using Marquee.Platform.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Marquee.Content.Search;

/// <summary>
/// /search?q=: the public articles matching the words, best first, narrowed by tag, section, author and dates. Cached
/// per query until any content changes (so a published story is findable at once); a search the cache did not answer
/// is counted against the client's <see cref="SearchRateLimit"/>.
/// </summary>
[PublicPage(VaryByQuery = ["q", "tag", "section", "author", "from", "to", "page"])]
public sealed class SearchPage(ArticleSearch search, TagQueries tags, AuthorQueries authors, SearchRateLimit rateLimit, IOptions<SearchOptions> options) : PageModel
{
    public SearchForm Form { get; private set; } = new("", null, null, null, null, null);

    public SearchResults? Results { get; private set; }

    /// <summary>Tags to try when nothing was found.</summary>
    public IReadOnlyList<TagLink> SuggestedTags { get; private set; } = [];

    /// <summary>What was wrong with the request (a filter that does not exist, a bad date), shown instead of results.</summary>
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(
        [FromQuery(Name = "q")] string? q,
        [FromQuery(Name = "tag")] string? tag,
        [FromQuery(Name = "section")] string? section,
        [FromQuery(Name = "author")] string? author,
        [FromQuery(Name = "from")] string? from,
        [FromQuery(Name = "to")] string? to,
        [FromQuery(Name = "page")] int page = 1,
        CancellationToken cancellationToken = default)
    {
        Form = new SearchForm(q?.Trim() ?? "", tag, section, author, from, to);
        ViewData[PageMeta.Key] = new PageMeta(Form.Text.Length == 0 ? "Search" : $"Search: {Form.Text}", "Search the stories, people and shows.", "/search");
        PageCache.Tag(HttpContext, CacheTags.AnyContent);
        if (Form.Text.Length > options.Value.MaxQueryLength)
        {
            return Refuse($"The search is {Form.Text.Length} characters long; the most is {options.Value.MaxQueryLength}.");
        }

        var query = SearchQuery.Parse(Form.Text);
        if (query.IsEmpty)
        {
            return Page();
        }

        if (rateLimit.WaitFor(HttpContext) is { } wait)
        {
            Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return new ContentResult { StatusCode = StatusCodes.Status429TooManyRequests, Content = "Too many searches from your address. Wait a moment, then try again.", ContentType = "text/plain; charset=utf-8" };
        }

        var filter = await FilterAsync(cancellationToken);
        if (filter is null)
        {
            return Refuse(Problem!);
        }

        Results = await search.FindAsync(query, filter, page, cancellationToken);
        if (Results.Page.Items.Count == 0)
        {
            SuggestedTags = await SuggestTagsAsync(query, cancellationToken);
        }

        return Page();
    }

    private async Task<SearchFilter?> FilterAsync(CancellationToken cancellationToken)
    {
        var (from, to, dateProblem) = Form.Dates();
        var tagId = Form.Tag is null ? null : (await tags.FindBySlugAsync(Form.Tag, cancellationToken))?.Id;
        var section = Form.Section is null ? null : await tags.FindBySlugAsync(Form.Section, cancellationToken);
        var authorId = Form.Author is null ? null : (await authors.FindBySlugAsync(Form.Author, cancellationToken))?.Id;
        Problem = dateProblem
            ?? (Form.Tag is not null && tagId is null ? $"There is no tag '{Form.Tag}'."
            : Form.Section is not null && section?.Kind != TagKind.Section ? $"There is no section '{Form.Section}'."
            : Form.Author is not null && authorId is null ? $"There is no author '{Form.Author}'."
            : null);
        return Problem is null ? new SearchFilter(tagId, section?.Id, authorId, from, to) : null;
    }

    /// <summary>Tags named like a word of the query, else the site's sections.</summary>
    private async Task<IReadOnlyList<TagLink>> SuggestTagsAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        foreach (var word in query.Required.Where(w => w.Length >= SearchQuery.ShortestPrefix))
        {
            var named = (await tags.SearchAsync(word, 8, cancellationToken)).Where(t => ReaderTags.Shows(t.Kind)).ToList();
            if (named.Count > 0)
            {
                return named;
            }
        }

        return await tags.NavigationSectionsAsync(8, cancellationToken);
    }

    private PageResult Refuse(string problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
