using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Newsroom;

/// <summary>An editor picks bylines and tags by typing, creates a tag on the fly, orders the chips and chooses the primary section.</summary>
public sealed partial class PickerTests(NewsroomSite site) : IClassFixture<NewsroomSite>
{
    [Fact]
    public async Task An_editor_picks_orders_and_creates_tags_and_the_draft_keeps_them_in_that_order()
    {
        var newTag = $"Duet Night {Guid.NewGuid().ToString("n")[..6]}";
        await using var tab = await site.SignInAsync(site.Editor);
        var writing = new NewArticleView(tab.Page);
        var pickers = new PickerView(tab.Page);
        await writing.OpenAsync();
        await writing.Form.Headline.FillAsync($"Picked {newTag}");
        await writing.Form.Body.FillAsync("A body.");

        await pickers.AuthorSearch.FillAsync("vulpo");
        await pickers.Option("Mike Vulpo").ClickAsync();
        await pickers.Form.TagSearch.FillAsync("mus");
        await pickers.Option("Music (section)").ClickAsync();
        await pickers.Form.TagSearch.FillAsync("tv");
        await pickers.Option("TV (section)").ClickAsync();
        await pickers.Form.TagSearch.FillAsync(newTag);
        await pickers.Option($"Create tag “{newTag}”").ClickAsync();
        await pickers.TagChip(newTag).WaitForAsync(); // the server made it
        await pickers.Button("Move TV earlier").ClickAsync();
        await pickers.PrimarySection("Music").CheckAsync();
        await writing.SaveDraft.ClickAsync();

        await Expect(tab.Page).ToHaveURLAsync(EditorUrl());
        await Expect(pickers.TagChips).ToHaveTextAsync(["TV", "Music", newTag]);
        await Expect(pickers.AuthorChips).ToHaveTextAsync(["Mike Vulpo"]);
        await Expect(pickers.PostedTags).ToHaveValueAsync($"tv, music, {Marquee.Content.Slugs.From(newTag)}");
        await Expect(pickers.PostedPrimarySection).ToHaveValueAsync("music");
        await Expect(pickers.PrimarySection("Music")).ToBeCheckedAsync();
        Assert.Empty(tab.BrokenRequests);
    }

    [Fact]
    public async Task An_author_is_not_offered_to_create_a_tag()
    {
        await using var tab = await site.SignInAsync(site.Author);
        var writing = new NewArticleView(tab.Page);
        var pickers = new PickerView(tab.Page);
        await writing.OpenAsync();

        await pickers.Form.TagSearch.FillAsync("Mus");

        // "Music" is suggested; to an editor "Create tag “Mus”" would be offered beside it.
        await Expect(pickers.Option("Music (section)")).ToBeVisibleAsync();
        await Expect(tab.Page.GetByRole(AriaRole.Option, new() { Name = "Create tag" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_save_clicked_while_a_new_tag_is_still_being_created_waits_and_saves_the_tag()
    {
        var newTag = $"Red Carpet {Guid.NewGuid().ToString("n")[..6]}";
        await using var tab = await site.SignInAsync(site.Editor);
        var editor = await new NewArticleView(tab.Page).WriteAsync(NewStory.About("Gala"));
        var pickers = new PickerView(tab.Page);
        var creation = await SlowTagCreationAsync(tab.Page, route => route.ContinueAsync());
        await pickers.Form.TagSearch.FillAsync(newTag);
        await pickers.Option($"Create tag “{newTag}”").ClickAsync();

        await editor.Save.ClickAsync();
        creation.Answer();

        await Expect(editor.Notice).ToHaveTextAsync("Saved as version 2.");
        await Expect(pickers.TagChips).ToHaveTextAsync(["Music", "Kelly Clarkson", newTag]);
        Assert.Equal(["music", "kelly-clarkson", Marquee.Content.Slugs.From(newTag)], (await site.StoredAsync(editor.Id)).Fields.TagSlugs);
    }

    [Fact]
    public async Task A_save_clicked_while_a_new_tag_is_being_refused_saves_nothing_and_the_picker_says_why()
    {
        await using var tab = await site.SignInAsync(site.Editor);
        var editor = await new NewArticleView(tab.Page).WriteAsync(NewStory.About("Festival"));
        var pickers = new PickerView(tab.Page);
        var creation = await SlowTagCreationAsync(tab.Page, route => route.FulfillAsync(new() { Status = 422, ContentType = "application/json", Body = """{"error":"the tag name is taken"}""" }));
        await pickers.Form.TagSearch.FillAsync("Backstage");
        await pickers.Option("Create tag “Backstage”").ClickAsync();

        await editor.Save.ClickAsync();
        creation.Answer();

        await Expect(pickers.TagProblem).ToHaveTextAsync("the tag name is taken");
        await Expect(editor.Notice).ToHaveCountAsync(0);
        Assert.Equal(1, (await site.StoredAsync(editor.Id)).Version);
    }

    /// <summary>Holds the picker's "create tag" requests until the test answers, then lets <paramref name="answer"/> finish each.</summary>
    private static async Task<HeldRequests> SlowTagCreationAsync(IPage page, Func<IRoute, Task> answer)
    {
        var held = new HeldRequests();
        await page.RouteAsync(url => url.EndsWith("/newsroom/tags?handler=Create", StringComparison.Ordinal), async route =>
        {
            await held.Released;
            await answer(route);
        });
        return held;
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static IPageAssertions Expect(IPage page) => Assertions.Expect(page);

    [GeneratedRegex("/newsroom/articles/[0-9]+$")]
    private static partial Regex EditorUrl();

    private sealed class HeldRequests
    {
        private readonly TaskCompletionSource _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Released => _answer.Task;

        public void Answer() => _answer.SetResult();
    }
}
