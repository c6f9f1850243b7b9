using System.Text.RegularExpressions;
using Marquee.Content.Articles;
using Marquee.Newsroom.Staff;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Newsroom;

/// <summary>Writing in the newsroom in a real browser: signing in, a contributor's submission, revisions, autosave, and the editor without JavaScript.</summary>
public sealed partial class WritingTests(NewsroomSite site) : IClassFixture<NewsroomSite>
{
    [Theory]
    [InlineData(StaffRole.Contributor)]
    [InlineData(StaffRole.Author)]
    [InlineData(StaffRole.Editor)]
    [InlineData(StaffRole.Administrator)]
    public async Task Every_role_signs_in_through_the_login_form_and_the_dashboard_names_the_role(StaffRole role)
    {
        var account = site.Accounts.First(a => a.Role == role);

        await using var person = await site.SignInAsync(account);

        await Expect(new DashboardView(person.Page).Role).ToHaveTextAsync(role.Display());
    }

    [Fact]
    public async Task A_contributor_writes_a_story_with_the_toolbar_and_live_preview_and_submits_it_but_is_offered_no_publish_button()
    {
        await using var contributor = await site.SignInAsync(site.Contributor);
        var writing = new NewArticleView(contributor.Page);
        var editor = new EditorView(contributor.Page);
        var story = NewStory.About("Festival");
        await writing.OpenAsync();

        await writing.Form.FillAsync(story with { Body = story.Body + "\n\nencore" });
        await writing.Form.Body.EvaluateAsync("body => body.setSelectionRange(body.value.length - 6, body.value.length)");
        await writing.Form.ToolbarButton("Bold").ClickAsync();
        await Expect(writing.Form.Preview.Locator("strong")).ToHaveTextAsync("encore");
        await writing.SaveDraft.ClickAsync();
        await editor.SubmitForReview.ClickAsync();

        await Expect(editor.Notice).ToHaveTextAsync("Now in review.");
        await Expect(editor.State).ToContainTextAsync("in review");
        await Expect(editor.Publish).ToHaveCountAsync(0);
        await Expect(editor.ScheduleStep).ToHaveCountAsync(0);
        var stored = (await site.StoredAsync(editor.Id)).Fields;
        Assert.Equal((ArticleStatus.InReview, story.Headline, story.Dek), (stored.Status, stored.Headline, stored.Dek));
        Assert.EndsWith("**encore**", stored.BodyMarkdown, StringComparison.Ordinal);
        Assert.Equal(["music", "kelly-clarkson"], stored.TagSlugs);
        Assert.Empty(contributor.BrokenRequests);
    }

    [Fact]
    public async Task The_revisions_diff_between_the_contributors_and_the_editors_version_shows_the_editors_change()
    {
        var story = NewStory.About("Premiere");
        await site.SubmittedByContributorAsync(story);
        await using var editorTab = await site.SignInAsync(site.Editor);
        var editor = new EditorView(editorTab.Page);
        var revisions = new RevisionsView(editorTab.Page);

        await new DashboardView(editorTab.Page).WaitingForReview(story.Headline).ClickAsync();
        await editor.Form.Body.FillAsync(story.Body + "\n\nThe editor adds a line.");
        await editor.Save.ClickAsync();
        await Expect(editor.Notice).ToHaveTextAsync(SavedAsAVersion());
        await editor.Compare.ClickAsync();

        await Expect(revisions.AddedLines("body").Last).ToHaveTextAsync("+ The editor adds a line.");
        await Expect(revisions.RemovedLines("body")).ToHaveCountAsync(0);
        await Expect(revisions.Change("headline")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task With_javascript_on_the_editor_autosaves_what_was_typed()
    {
        await using var editorTab = await site.SignInAsync(site.Editor);
        await editorTab.Page.Clock.InstallAsync();
        var editor = await new NewArticleView(editorTab.Page).WriteAsync(NewStory.About("Tour"));
        var opened = await editor.Version.InputValueAsync();

        await editor.Form.Body.FillAsync("Typed, never saved by hand.");
        await editorTab.Page.Clock.FastForwardAsync("00:31");

        await Expect(editor.Version).Not.ToHaveValueAsync(opened);
        await Expect(editor.Form.Preview).ToContainTextAsync("Typed, never saved by hand.");
        Assert.Equal("Typed, never saved by hand.", (await site.StoredAsync(editor.Id)).Fields.BodyMarkdown);
    }

    [Fact]
    public async Task Publishing_right_after_typing_saves_what_was_typed_first()
    {
        await using var editorTab = await site.SignInAsync(site.Editor);
        var editor = await new NewArticleView(editorTab.Page).WriteAsync(NewStory.About("Encore"));

        await editor.Form.Headline.FillAsync("Encore, Changed A Moment Before Publishing");
        await editor.Publish.ClickAsync();
        await editor.PublishNow.ClickAsync();

        await Expect(editor.Notice).ToHaveTextAsync("Now published.");
        var stored = await site.StoredAsync(editor.Id);
        Assert.Equal(("Encore, Changed A Moment Before Publishing", ArticleStatus.Published), (stored.Fields.Headline, stored.Fields.Status));
    }

    [Fact]
    public async Task After_an_autosave_the_workflow_steps_act_on_the_autosaved_version_instead_of_being_refused_as_stale()
    {
        await using var editorTab = await site.SignInAsync(site.Editor);
        await editorTab.Page.Clock.InstallAsync();
        var editor = await new NewArticleView(editorTab.Page).WriteAsync(NewStory.About("Curtain Call"));
        var opened = await editor.Version.InputValueAsync();
        await editor.Form.Body.FillAsync("Autosaved, then published.");
        await editorTab.Page.Clock.FastForwardAsync("00:31");
        await Expect(editor.Version).Not.ToHaveValueAsync(opened);

        await editor.Publish.ClickAsync();
        await editor.PublishNow.ClickAsync();

        await Expect(editor.Notice).ToHaveTextAsync("Now published.");
        var stored = await site.StoredAsync(editor.Id);
        Assert.Equal(("Autosaved, then published.", ArticleStatus.Published), (stored.Fields.BodyMarkdown, stored.Fields.Status));
    }

    [Fact]
    public async Task With_javascript_off_the_editor_still_saves()
    {
        await using var editorTab = await site.SignInAsync(site.Editor, javaScript: false);
        var editor = await new NewArticleView(editorTab.Page).WriteAsync(NewStory.About("Awards"));

        await editor.Form.Body.FillAsync("Saved without a script.");
        await editor.Save.ClickAsync();

        await Expect(editor.Notice).ToHaveTextAsync(SavedAsAVersion());
        await Expect(editor.Form.Toolbar).ToHaveCountAsync(0);
        Assert.Equal("Saved without a script.", (await site.StoredAsync(editor.Id)).Fields.BodyMarkdown);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [GeneratedRegex("^Saved as version [0-9]+\\.$")]
    private static partial Regex SavedAsAVersion();
}
