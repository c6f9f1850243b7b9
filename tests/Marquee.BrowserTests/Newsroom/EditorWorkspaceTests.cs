using Marquee.Content.Articles;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Newsroom;

/// <summary>The editor in a real browser (issue 19): text and preview side by side on a laptop, one column on a phone; the keyboard path.</summary>
public sealed class EditorWorkspaceTests(NewsroomSite site) : IClassFixture<NewsroomSite>
{
    [Fact]
    public async Task At_1280_by_800_the_text_is_at_least_560_pixels_wide_with_the_preview_beside_it()
    {
        await using var tab = await site.SignInAsync(site.Author);
        await tab.Page.SetViewportSizeAsync(1280, 800);
        var editor = await new NewArticleView(tab.Page).WriteAsync(NewStory.About("Premiere"));

        await Expect(editor.Form.Preview).ToBeVisibleAsync();
        var text = await editor.Form.Body.BoundingBoxAsync();
        var preview = await editor.Form.Preview.BoundingBoxAsync();

        Assert.True(text!.Width >= 560, $"the text pane is {text.Width} px wide");
        Assert.True(preview!.X >= text.X + text.Width, $"the preview starts at x={preview.X}, inside the text pane (x={text.X}, {text.Width} wide)");
        Assert.True(preview.Y < text.Y + text.Height, $"the preview starts at y={preview.Y}, below the text pane (y={text.Y}, {text.Height} high)");
        await Expect(editor.ActionsBar).ToBeInViewportAsync();
    }

    [Fact]
    public async Task On_a_390_by_844_phone_nothing_overflows_sideways_and_the_actions_stay_in_view()
    {
        await using var tab = await site.SignInAsync(site.Author);
        await tab.Page.SetViewportSizeAsync(390, 844);
        var editor = await new NewArticleView(tab.Page).WriteAsync(NewStory.About("Finale"));

        var widths = await tab.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");

        Assert.True(widths[0] <= widths[1], $"the editor is {widths[0]} px wide on a {widths[1]} px screen");
        await Expect(editor.ActionsBar).ToBeInViewportAsync();
    }

    [Fact]
    public async Task With_JavaScript_authors_tags_and_section_each_appear_once()
    {
        await using var tab = await site.SignInAsync(site.Author);
        var editor = await new NewArticleView(tab.Page).WriteAsync(NewStory.About("Awards"));

        await Expect(tab.Page.Locator("#tags-picker")).ToBeVisibleAsync();
        await Expect(tab.Page.Locator("#tags")).ToBeHiddenAsync();
        await Expect(tab.Page.Locator("#authors")).ToBeHiddenAsync();
        await Expect(tab.Page.Locator("#primary-section")).ToBeHiddenAsync();
        await Expect(editor.Form.Headline).ToHaveCSSAsync("font-family", new System.Text.RegularExpressions.Regex("Georgia"));
    }

    [Fact]
    public async Task An_author_saves_and_publishes_a_story_from_the_keyboard_confirming_in_the_publish_step()
    {
        await using var tab = await site.SignInAsync(site.Author);
        var editor = await new NewArticleView(tab.Page).WriteAsync(NewStory.About("Tour"));
        await editor.Form.Body.FillAsync("Written, saved and published without the mouse.");

        await tab.Page.Keyboard.PressAsync("Control+s");
        await Expect(editor.Notice).ToContainTextAsync("Saved as version");
        await editor.Form.Body.FocusAsync();
        await tab.Page.Keyboard.PressAsync("Control+Enter");
        await Expect(editor.Step).ToBeFocusedAsync();
        await Expect(editor.Step.Locator("[data-item=byline]")).ToHaveAttributeAsync("data-status", "done");
        await editor.PublishNow.FocusAsync();
        await tab.Page.Keyboard.PressAsync("Enter");

        await Expect(editor.Notice).ToHaveTextAsync("Now published.");
        Assert.Equal(ArticleStatus.Published, (await site.StoredAsync(editor.Id)).Fields.Status);
    }

    [Fact]
    public async Task A_question_mark_outside_the_text_lists_the_shortcuts_and_inside_it_is_typed()
    {
        await using var tab = await site.SignInAsync(site.Author);
        var editor = await new NewArticleView(tab.Page).WriteAsync(NewStory.About("Encore"));

        await editor.Form.Body.PressAsync("?");
        await Expect(editor.Shortcuts).ToBeHiddenAsync();
        await Expect(editor.Form.Body).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^\\?The Encore"));
        await editor.Form.Body.BlurAsync();
        await tab.Page.Keyboard.PressAsync("?");

        await Expect(editor.Shortcuts).ToBeVisibleAsync();
        await Expect(editor.Shortcuts).ToContainTextAsync("Ctrl+Enter");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
