using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Newsroom.Layout;
using Marquee.Newsroom.Workflow;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Newsroom.Articles;

/// <summary>Every article in every state this person may open, filtered by state, author, tag or headline, newest change first.</summary>
public sealed class ArticlesPage(ArticleList list) : NewsroomPageModel
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true)]
    public EditorialState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Author { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tag { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public PageOf<ArticleListRow> Rows { get; private set; } = new([], 1, false);

    /// <summary>This person sees only their own articles; the page says so, so a missing story is not a mystery.</summary>
    public bool OwnOnly { get; private set; }

    public async Task OnGetAsync()
    {
        OwnOnly = WorkflowRules.ReadsOnlyOwn(Actor.Role);
        var filter = new ArticleListFilter { Reader = Actor, State = State, AuthorSlug = Author, TagSlug = Tag, Search = Search };
        Rows = await list.ListAsync(filter, PageNumber, PageSize, HttpContext.RequestAborted);
    }

    /// <summary>The link to another page of the same filtered list.</summary>
    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["State"] = State?.ToString(),
        ["Author"] = Author,
        ["Tag"] = Tag,
        ["Search"] = Search,
        ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
