using Marquee.Newsroom.Staff;

namespace Marquee.Tests.Newsroom;

/// <summary>What asp-for would add to the newsroom's forms unasked (decision 0038): an id twice on a page, client validation attributes.</summary>
public sealed class NewsroomFormMarkupTests(NewsroomServer newsroom) : IClassFixture<NewsroomServer>
{
    [Fact]
    public async Task Every_newsroom_page_has_each_id_once_and_no_validation_attributes()
    {
        using var admin = await StaffSession.SignInAsync(newsroom.Server, StaffRole.Administrator);
        using var anonymous = StaffSession.Anonymous(newsroom.Server);
        var article = await EditorForms.CreateAsync(admin, $"Markup story {TestContent.UniqueSlug("markup")}");
        // A second revision, so the editor shows its compare form too.
        using var saved = await EditorForms.SaveAsync(admin, article, await EditorForms.FormAsync(admin, article));
        var pages = NewsroomEndpoints.All.Where(e => e.Method == "GET" && (e.Allowed == "200" || e.OnArticle == "200"));
        var problems = new List<string>();

        foreach (var endpoint in pages)
        {
            var page = await (endpoint.IsAnonymous ? anonymous : admin).PageAsync(endpoint.UrlOf(article));
            var repeated = page.QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key);
            problems.AddRange(repeated.Select(id => $"{endpoint}: id '{id}' more than once"));
            problems.AddRange(page.QuerySelectorAll("[data-val]").Select(e => $"{endpoint}: data-val on {e.GetAttribute("name")}"));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
