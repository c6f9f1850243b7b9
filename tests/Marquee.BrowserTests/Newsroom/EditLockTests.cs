using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Newsroom;

/// <summary>
/// The edit lock in real browsers: two editors, a take-over and the old tab's refused save; and no false
/// "someone else is editing" after a tab closes or reloads, while a real second tab is still told.
/// </summary>
public sealed partial class EditLockTests(NewsroomSite site) : IClassFixture<NewsroomSite>
{
    [Fact]
    public async Task A_second_editor_sees_who_holds_the_story_takes_it_over_and_the_first_tabs_save_is_refused_leaving_the_holders_text()
    {
        await using var first = await site.SignInAsync(site.Editor);
        await using var second = await site.SignInAsync(site.SecondEditor);
        var holding = await new NewArticleView(first.Page).WriteAsync(NewStory.About("Premiere"));
        var taking = new EditorView(second.Page);

        await taking.OpenAsync(holding.Id);
        await Expect(taking.LockNotice).ToContainTextAsync("Edith Editor is editing this article");
        await taking.TakeOver.ClickAsync();
        await Expect(taking.Notice).ToHaveTextAsync("You now hold this article's edit lock.");
        await taking.Form.Body.FillAsync("The new holder's text.");
        await taking.Save.ClickAsync();
        await Expect(taking.Notice).ToHaveTextAsync(SavedAsAVersion());
        await holding.Form.Body.FillAsync("The first tab's text.");
        await holding.Save.ClickAsync();

        await Expect(holding.Error).ToHaveTextAsync("Eddie Deskman took this article over; your changes were not saved");
        await Expect(holding.Form.Body).ToHaveValueAsync("The first tab's text.");
        Assert.Equal("The new holder's text.", (await site.StoredAsync(holding.Id)).Fields.BodyMarkdown);
    }

    [Fact]
    public async Task Closing_the_editors_tab_frees_the_story_so_the_next_editor_opens_it_without_a_lock_notice()
    {
        await using var first = await site.SignInAsync(site.Editor);
        await using var second = await site.SignInAsync(site.SecondEditor);
        var id = (await new NewArticleView(first.Page).WriteAsync(NewStory.About("Ceremony"))).Id;
        var next = new EditorView(second.Page);

        await first.Page.CloseAsync(new() { RunBeforeUnload = true });
        var freed = await site.WaitUntilUnlockedAsync(id);
        await next.OpenAsync(id);

        Assert.True(freed, "the closed tab still held the story");
        await Expect(next.LockNotice).ToHaveCountAsync(0);
        await next.Form.Body.FillAsync("The next editor's text.");
        await next.Save.ClickAsync();
        await Expect(next.Notice).ToHaveTextAsync(SavedAsAVersion());
    }

    [Fact]
    public async Task Reloading_the_editor_is_the_same_tab_so_it_says_nothing_of_another_tab_and_still_saves()
    {
        await using var editorTab = await site.SignInAsync(site.Editor);
        var editor = await new NewArticleView(editorTab.Page).WriteAsync(NewStory.About("Encore"));

        await editorTab.Page.ReloadAsync();

        await Expect(editor.LockNotice).ToHaveCountAsync(0);
        await Expect(editorTab.Page.GetByText("another tab")).ToHaveCountAsync(0);
        await editor.Form.Body.FillAsync("Saved after a reload.");
        await editor.Save.ClickAsync();
        await Expect(editor.Notice).ToHaveTextAsync(SavedAsAVersion());
        Assert.Equal("Saved after a reload.", (await site.StoredAsync(editor.Id)).Fields.BodyMarkdown);
    }

    [Fact]
    public async Task Reloading_the_editor_never_draws_the_another_tab_notice_even_for_a_moment()
    {
        await using var editorTab = await site.SignInAsync(site.Editor);
        var editor = await new NewArticleView(editorTab.Page).WriteAsync(NewStory.About("Curtain Call"));
        await editor.WatchLockNoticeAsync();

        await editorTab.Page.ReloadAsync();

        await Expect(editor.LockDeciding).ToHaveCountAsync(0);
        await Expect(editor.LockNotice).ToHaveCountAsync(0);
        Assert.False(await editor.LockNoticeWasDrawnAsync(), "the reloaded editor showed the 'another tab' notice before taking it away");
    }

    [Fact]
    public async Task A_real_second_tab_of_the_same_editor_is_told_the_story_is_open_in_another_tab()
    {
        await using var editorTab = await site.SignInAsync(site.Editor);
        var id = (await new NewArticleView(editorTab.Page).WriteAsync(NewStory.About("Matinee"))).Id;
        var secondTab = new EditorView(await editorTab.OpenAnotherTabAsync());
        await secondTab.WatchLockNoticeAsync();

        await secondTab.OpenAsync(id);

        await Expect(secondTab.LockNotice).ToContainTextAsync("You have this article open in another tab");
        await Expect(secondTab.TakeOver).ToBeVisibleAsync();
        await secondTab.LockNoticeDrawnAsync(); // the watch the reload test relies on sees a drawn notice
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [GeneratedRegex("^Saved as version [0-9]+\\.$")]
    private static partial Regex SavedAsAVersion();
}
