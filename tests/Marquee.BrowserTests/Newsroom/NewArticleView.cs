using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Newsroom;

/// <summary>The new-article page: the article form and its one button.</summary>
public sealed partial class NewArticleView(IPage page)
{
    public ArticleFormView Form { get; } = new(page);

    public ILocator SaveDraft => page.GetByRole(AriaRole.Button, new() { Name = "Save draft" });

    public Task OpenAsync() => page.GotoAsync("/newsroom/articles/new");

    /// <summary>Writes the story and saves the draft, as a step of a longer scenario; the page is then its editor.</summary>
    public async Task<EditorView> WriteAsync(NewStory story)
    {
        await OpenAsync();
        await Form.FillAsync(story);
        await SaveDraft.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(EditorUrl());
        return new EditorView(page);
    }

    [GeneratedRegex("/newsroom/articles/[0-9]+$")]
    private static partial Regex EditorUrl();
}
