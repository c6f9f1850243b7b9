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

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static IPageAssertions Expect(IPage page) => Assertions.Expect(page);

    [GeneratedRegex("/newsroom/articles/[0-9]+$")]
    private static partial Regex EditorUrl();
}
