using Marquee.Content.Articles;
using Marquee.Newsroom.Staff;
using Marquee.Tests.Media;
using static Marquee.Tests.Newsroom.EditorForms;

namespace Marquee.Tests.Newsroom;

/// <summary>
/// Who reads whose articles (decision 0028) over real HTTP: contributors and authors list, open and lock only their
/// own; someone who may only read an article never holds its lock; where-used lists name only what one may open.
/// </summary>
public sealed class ArticleAccessTests(NewsroomServer newsroom) : IClassFixture<NewsroomServer>
{
    private readonly MarqueeServer _server = newsroom.Server;

    [Fact]
    public async Task A_contributor_opening_an_authors_story_is_answered_404_and_the_author_then_saves()
    {
        using var author = await StaffSession.SignInAsync(_server, StaffRole.Author);
        using var contributor = await StaffSession.SignInAsync(_server, StaffRole.Contributor);
        var id = await CreateAsync(author, Headline("Author's Scoop"));

        using var opened = await contributor.GetAsync($"/newsroom/articles/{id}");
        var tab = await EditorTab.OpenAsync(author, id);
        tab.Fields["Headline"] = Headline("Author's Scoop, Revised");
        var (status, page) = await tab.SaveAsync();

        Assert.Equal(HttpStatusCode.NotFound, opened.StatusCode);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(page.QuerySelector("#lock"));
    }

    [Fact]
    public async Task A_contributor_reads_their_submitted_story_without_a_lock_and_the_reviewing_editor_holds_it_and_saves()
    {
        using var contributor = await StaffSession.SignInAsync(_server, StaffRole.Contributor);
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        var id = await CreateAsync(contributor, Headline("Submitted Story"));
        using var submitted = await MoveAsync(contributor, id, await contributor.PageAsync($"/newsroom/articles/{id}"), EditorialState.InReview);

        var readOnly = await ParseAsync(submitted);
        var reopened = await contributor.PageAsync($"/newsroom/articles/{id}");
        var tab = await EditorTab.OpenAsync(editor, id);
        tab.Fields["Headline"] = Headline("Submitted Story, Edited");
        var (status, _) = await tab.SaveAsync();

        Assert.All([readOnly, reopened], page =>
        {
            Assert.Contains("a contributor can edit only their own drafts", page.Text("#read-only"), StringComparison.Ordinal);
            Assert.Null(page.QuerySelector("#save"));
            Assert.Empty(page.QuerySelector("#article-form")!.GetAttribute("data-heartbeat") ?? "");
            Assert.Empty(page.QuerySelector("#lock-token")!.GetAttribute("value") ?? "");
        });
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task An_author_holds_and_saves_their_story_at_once_when_the_editor_holding_its_lock_is_made_a_contributor()
    {
        using var author = await StaffSession.SignInAsync(_server, StaffRole.Author);
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        using var administrator = await StaffSession.SignInAsync(_server, StaffRole.Administrator);
        var id = await CreateAsync(author, Headline("Locked By An Editor"));
        Assert.Null((await editor.PageAsync($"/newsroom/articles/{id}")).QuerySelector("#lock"));

        using (var demoted = await administrator.PostAsync("/newsroom/staff?handler=Role", new() { ["UserId"] = await editor.UserIdAsync(), ["Role"] = "contributor" }))
        {
            Assert.Equal(HttpStatusCode.OK, demoted.StatusCode);
        }

        var tab = await EditorTab.OpenAsync(author, id);
        tab.Fields["Headline"] = Headline("Saved By Its Author");
        var (status, page) = await tab.SaveAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(page.QuerySelector("#lock"));
    }

    [Theory]
    [InlineData(StaffRole.Contributor)]
    [InlineData(StaffRole.Author)]
    public async Task Contributors_and_authors_list_only_their_own_articles_and_editors_everyones(StaffRole role)
    {
        using var person = await StaffSession.SignInAsync(_server, role);
        using var other = await StaffSession.SignInAsync(_server, StaffRole.Author);
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        var marker = Guid.NewGuid().ToString("n");
        var mine = $"Mine {marker}";
        var theirs = $"Theirs {marker}";
        var ownId = await CreateAsync(person, mine);
        var otherId = await CreateAsync(other, theirs);
        foreach (var (session, id) in new[] { (person, ownId), (other, otherId) })
        {
            using (await MoveAsync(session, id, await session.PageAsync($"/newsroom/articles/{id}"), EditorialState.InReview))
            {
            }
        }

        var list = await person.PageAsync($"/newsroom/articles?Search={marker}");
        var dashboard = await person.PageAsync("/newsroom");
        var editors = await editor.PageAsync($"/newsroom/articles?Search={marker}");

        Assert.Equal([mine], list.QuerySelectorAll(".nr-articles tbody tr a").Select(a => a.TextContent.Trim()));
        Assert.Contains(mine, dashboard.Text("#in-review"), StringComparison.Ordinal);
        Assert.DoesNotContain(theirs, dashboard.Text("#in-review"), StringComparison.Ordinal);
        Assert.Equal([theirs, mine], editors.QuerySelectorAll(".nr-articles tbody tr a").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task A_photos_where_used_list_names_to_an_author_only_their_own_articles_and_counts_the_others()
    {
        using var author = await StaffSession.SignInAsync(_server, StaffRole.Author);
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        var photo = (await PhotoUploads.IngestAsync(_server, TestImages.Encoded("jpg", seed: 2801), "used.jpg")).Photo!;
        var draft = Headline("Someone Else's Draft With A Photo");
        await new NewsroomDriver(_server).DraftAsync(NewsroomDriver.Person(StaffRole.Contributor), draft, a => a with { FeaturePhotoId = photo.Id });

        var authors = await author.PageAsync($"/newsroom/photos/{photo.Id}");
        var editors = await editor.PageAsync($"/newsroom/photos/{photo.Id}");

        Assert.DoesNotContain(draft, authors.Text("#where-used"), StringComparison.Ordinal);
        Assert.Equal("1 use in someone else's articles", authors.Text("#where-used .nr-uses-others"));
        Assert.Contains(draft, editors.Text("#where-used"), StringComparison.Ordinal);
    }

    private static string Headline(string text) => $"{text} {Guid.NewGuid():n}";
}
