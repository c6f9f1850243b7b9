using System.Text.RegularExpressions;
using Marquee.BrowserTests.Infrastructure;
using Marquee.Newsroom.Staff;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Newsroom;

/// <summary>An editor picks bylines and tags by typing, creates a tag on the fly, orders the chips and chooses the primary section.</summary>
public sealed partial class PickerTests(DemoSite site) : IClassFixture<DemoSite>
{
    private const string Password = "a long newsroom passphrase";

    [Fact]
    public async Task An_editor_picks_orders_and_creates_tags_and_the_draft_keeps_them_in_that_order()
    {
        var email = await EditorAsync();
        var newTag = $"Duet Night {Guid.NewGuid().ToString("n")[..6]}";
        await using var tab = await site.OpenAsync();
        var editor = new PickerView(tab.Page);
        await editor.SignInAsync(email, Password);
        await tab.Page.GotoAsync("/newsroom/articles/new");
        await editor.Headline.FillAsync($"Picked {newTag}");
        await editor.Body.FillAsync("A body.");

        await editor.AuthorSearch.FillAsync("vulpo");
        await editor.Option("Mike Vulpo").ClickAsync();
        await editor.TagSearch.FillAsync("mus");
        await editor.Option("Music (section)").ClickAsync();
        await editor.TagSearch.FillAsync("tv");
        await editor.Option("TV (section)").ClickAsync();
        await editor.TagSearch.FillAsync(newTag);
        await editor.Option($"Create tag “{newTag}”").ClickAsync();
        await editor.TagChip(newTag).WaitForAsync(); // the server made it
        await editor.Button("Move TV earlier").ClickAsync();
        await editor.PrimarySection("Music").CheckAsync();
        await editor.Save.ClickAsync();

        await Expect(tab.Page).ToHaveURLAsync(EditorUrl());
        await Expect(editor.TagChips).ToHaveTextAsync(["TV", "Music", newTag]);
        await Expect(editor.AuthorChips).ToHaveTextAsync(["Mike Vulpo"]);
        await Expect(editor.PostedTags).ToHaveValueAsync($"tv, music, {Marquee.Content.Slugs.From(newTag)}");
        await Expect(editor.PostedPrimarySection).ToHaveValueAsync("music");
        await Expect(editor.PrimarySection("Music")).ToBeCheckedAsync();
        Assert.Empty(tab.BrokenRequests);
    }

    private async Task<string> EditorAsync()
    {
        var email = $"picker-{Guid.NewGuid().ToString("n")[..8]}@example.com";
        using var scope = site.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AddStaffUser>().AddAsync(email, "Pia Picker", StaffRole.Editor.Display(), Password, TestContext.Current.CancellationToken);
        return email;
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static IPageAssertions Expect(IPage page) => Assertions.Expect(page);

    [GeneratedRegex("/newsroom/articles/[0-9]+$")]
    private static partial Regex EditorUrl();
}
