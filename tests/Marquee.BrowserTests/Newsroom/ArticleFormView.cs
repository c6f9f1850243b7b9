using Microsoft.Playwright;

namespace Marquee.BrowserTests.Newsroom;

/// <summary>The article form the new-article page and the editor share, with the script's toolbar and live preview.</summary>
public sealed class ArticleFormView(IPage page)
{
    public ILocator Headline => page.GetByLabel("Headline", new() { Exact = true });

    public ILocator Dek => page.GetByLabel("Dek", new() { Exact = true });

    public ILocator Body => page.GetByLabel("Body (Markdown)");

    /// <summary>The tags field as posted: typed into without JavaScript, filled by the picker with it.</summary>
    public ILocator Tags => page.Locator("input[name=Tags]");

    public ILocator TagSearch => page.GetByRole(AriaRole.Combobox, new() { Name = "Add tag" });

    public ILocator Toolbar => page.GetByRole(AriaRole.Toolbar, new() { Name = "Markdown" });

    public ILocator Preview => page.GetByRole(AriaRole.Region, new() { Name = "Preview" });

    public ILocator ToolbarButton(string name) => Toolbar.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public async Task FillAsync(NewStory story)
    {
        await Headline.FillAsync(story.Headline);
        await Dek.FillAsync(story.Dek);
        await Body.FillAsync(story.Body);
        await ChooseTagsAsync(story.Tags);
    }

    /// <summary>Comma-separated tag slugs: typed as they are without JavaScript; with it, each searched in the picker and its first match chosen.</summary>
    private async Task ChooseTagsAsync(string slugs)
    {
        if (!await TagSearch.IsVisibleAsync())
        {
            await Tags.FillAsync(slugs);
            return;
        }

        foreach (var slug in slugs.Split(',', StringSplitOptions.TrimEntries))
        {
            await TagSearch.FillAsync(slug);
            await page.GetByRole(AriaRole.Listbox).GetByRole(AriaRole.Option).First.ClickAsync();
        }

        await Assertions.Expect(Tags).ToHaveValueAsync(slugs);
    }
}
