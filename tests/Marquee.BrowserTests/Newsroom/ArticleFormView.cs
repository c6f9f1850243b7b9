using Microsoft.Playwright;

namespace Marquee.BrowserTests.Newsroom;

/// <summary>The article form the new-article page and the editor share, with the script's toolbar and live preview.</summary>
public sealed class ArticleFormView(IPage page)
{
    public ILocator Headline => page.GetByLabel("Headline", new() { Exact = true });

    public ILocator Dek => page.GetByLabel("Dek", new() { Exact = true });

    public ILocator Body => page.GetByLabel("Body (Markdown)");

    public ILocator Tags => page.GetByLabel("Tags", new() { Exact = false });

    /// <summary>The tag picker's search box (newsroom-pickers.js); absent without JavaScript.</summary>
    public ILocator TagSearch => page.GetByRole(AriaRole.Combobox, new() { Name = "Add tag" });

    public ILocator TagOption(string slug) => page.Locator($"[role=option][data-slug='{slug}']");

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

    /// <summary>Comma-separated tag slugs: typed into the field without JavaScript, picked one by one with it.</summary>
    public async Task ChooseTagsAsync(string slugs)
    {
        if (!await TagSearch.IsVisibleAsync())
        {
            await Tags.FillAsync(slugs);
            return;
        }

        foreach (var slug in slugs.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            await TagSearch.FillAsync(slug);
            await TagOption(slug).ClickAsync();
        }
    }
}
