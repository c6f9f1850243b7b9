using Marquee.Content.Live;
using Marquee.Newsroom.Staff;

namespace Marquee.Tests.Live;

/// <summary>The newsroom's live desk over real HTTP: a reporter posts, two editors of one entry, coverage ended and reopened.</summary>
public sealed class LiveDeskTests(NewsroomServer newsroom) : IClassFixture<NewsroomServer>
{
    private readonly MarqueeServer server = newsroom.Server;

    private readonly TestLive _live = new(newsroom.Server);

    [Fact]
    public async Task A_reporter_posts_an_entry_that_readers_see_on_the_story_page()
    {
        var (id, slug) = await _live.StoryAsync("Desk posting");
        using var reporter = await StaffSession.SignInAsync(server, StaffRole.Author);
        var desk = $"/newsroom/live/{id}";
        var fields = FormFields.Of(await reporter.PageAsync(desk), "#post-form");
        fields["Form.Title"] = "Straight from the desk";
        fields["Form.Body"] = "Posted with **Ctrl+Enter**.";

        using var posted = await reporter.PostAsync($"{desk}?handler=Post", fields, tokenFrom: desk);
        var page = await HtmlPage.GetAsync(server.Client, $"/live/{slug}");

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal("Straight from the desk", page.QuerySelector(".live-stream .live-entry h3")!.TextContent);
    }

    [Fact]
    public async Task An_entry_posted_on_the_desk_reaches_the_update_url_readers_already_ask()
    {
        var (id, slug) = await _live.StoryAsync("Desk to pollers");
        var asked = await _live.UpdatesPathAsync(slug);
        using var reporter = await StaffSession.SignInAsync(server, StaffRole.Author);
        var desk = $"/newsroom/live/{id}";
        var fields = FormFields.Of(await reporter.PageAsync(desk), "#post-form");
        fields["Form.Body"] = "Polled into view.";

        using var posted = await reporter.PostAsync($"{desk}?handler=Post", fields, tokenFrom: desk);
        var update = await HtmlPage.GetAsync(server.Client, asked);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal("Polled into view.", update.Text("#live-update article[data-entry] .live-body"));
    }

    [Fact]
    public async Task A_second_editor_of_an_entry_is_told_with_the_other_text_and_keeps_their_own()
    {
        var (id, _) = await _live.StoryAsync("Desk conflict");
        var entry = await _live.PostAsync(id, "Original words.");
        using var first = await StaffSession.SignInAsync(server, StaffRole.Editor);
        using var second = await StaffSession.SignInAsync(server, StaffRole.Editor);
        var desk = $"/newsroom/live/{id}";
        var firstForm = FormFields.Of(await first.PageAsync(desk), $"#desk-entry-{entry.Id} details form");
        var secondForm = FormFields.Of(await second.PageAsync(desk), $"#desk-entry-{entry.Id} details form");
        var editPath = $"{desk}?handler=Edit&entry={entry.Id}&version={entry.Version}";
        firstForm["Form.Body"] = "First editor's words.";
        secondForm["Form.Body"] = "Second editor's words.";

        using var saved = await first.PostAsync(editPath, firstForm, tokenFrom: desk);
        using var refused = await second.PostAsync(editPath, secondForm, tokenFrom: desk);
        var refusal = HtmlPage.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("First editor's words.", refusal.Text("#their-version"));
        Assert.Contains("changed after you opened", refusal.Text("[role=alert]"));
    }

    [Fact]
    public async Task Posting_on_ended_coverage_is_refused_with_the_reason_and_the_text_kept()
    {
        var (id, slug) = await _live.StoryAsync("Desk ended");
        await _live.EndAsync(id);
        using var reporter = await StaffSession.SignInAsync(server, StaffRole.Author);
        var desk = $"/newsroom/live/{id}";
        var fields = FormFields.Of(await reporter.PageAsync(desk), "#post-form");
        fields["Form.Body"] = "Too late?";

        using var refused = await reporter.PostAsync($"{desk}?handler=Post", fields, tokenFrom: desk);
        var page = HtmlPage.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var story = await HtmlPage.GetAsync(server.Client, $"/live/{slug}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("reopen", page.Text("[role=alert]"));
        Assert.Equal("Too late?", page.QuerySelector("#entry-body")!.TextContent);
        Assert.Empty(story.QuerySelectorAll(".live-stream article[data-entry]"));
    }

    [Fact]
    public async Task The_desk_of_an_article_that_is_not_live_is_not_found()
    {
        var article = await new TestContent(server).ArticleAsync("Plain story");
        var id = await new TestContent(server).IdAsync(article);
        using var editor = await StaffSession.SignInAsync(server, StaffRole.Editor);

        using var response = await editor.GetAsync($"/newsroom/live/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
