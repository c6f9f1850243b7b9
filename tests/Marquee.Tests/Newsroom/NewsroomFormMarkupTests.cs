using Marquee.Content.Articles;
using Marquee.Newsroom.Staff;
using Marquee.Tests.Tips;

namespace Marquee.Tests.Newsroom;

/// <summary>
/// What asp-for would add to the newsroom's forms unasked (decision 0038): an id twice on a page, client validation
/// attributes; and what the HTML checkers find that needs no browser (MarkupChecks).
/// </summary>
public sealed class NewsroomFormMarkupTests(NewsroomServer newsroom) : IClassFixture<NewsroomServer>
{
    [Fact]
    public async Task Every_newsroom_page_has_each_id_once_and_no_validation_attributes()
    {
        var problems = new List<string>();

        foreach (var (endpoint, page) in await EveryPageAsync())
        {
            var repeated = page.QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key);
            problems.AddRange(repeated.Select(id => $"{endpoint}: id '{id}' more than once"));
            problems.AddRange(page.QuerySelectorAll("[data-val]").Select(e => $"{endpoint}: data-val on {e.GetAttribute("name")}"));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task Every_newsroom_page_passes_the_markup_checks_that_need_no_browser()
    {
        var problems = new List<string>();

        foreach (var (endpoint, page) in await EveryPageAsync())
        {
            problems.AddRange(MarkupChecks.Of(page).Select(problem => $"{endpoint}: {problem}"));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>Every newsroom page a GET shows, on an article with two revisions, an audit entry and a time to show.</summary>
    private async Task<List<(NewsroomEndpoint Endpoint, AngleSharp.Dom.IDocument Page)>> EveryPageAsync()
    {
        // An administrator on the tip desk too, so the pages that need the tips permission are walked as well.
        using var admin = await TipEditors.SignInAsync(newsroom.Server, StaffRole.Administrator);
        using var anonymous = StaffSession.Anonymous(newsroom.Server);
        var article = await EditorForms.CreateAsync(admin, $"Markup story {TestContent.UniqueSlug("markup")}");
        // A second revision, so the editor shows its compare form too.
        using var saved = await EditorForms.SaveAsync(admin, article, await EditorForms.FormAsync(admin, article));
        using var published = await EditorForms.MoveAsync(admin, article, await EditorForms.ParseAsync(saved), EditorialState.Published);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var pages = new List<(NewsroomEndpoint, AngleSharp.Dom.IDocument)>();
        foreach (var endpoint in NewsroomEndpoints.All.Where(e => e.Method == "GET" && (e.Allowed == "200" || e.OnArticle == "200")))
        {
            pages.Add((endpoint, await (endpoint.IsAnonymous ? anonymous : admin).PageAsync(endpoint.UrlOf(article))));
        }

        return pages;
    }
}
