using Microsoft.Playwright;

namespace Marquee.BrowserTests.Newsroom;

/// <summary>The article form the new-article page and the editor share, with the script's toolbar and live preview.</summary>
public sealed class ArticleFormView(IPage page)
{
    public ILocator Headline => page.GetByLabel("Headline", new() { Exact = true });

    public ILocator Dek => page.GetByLabel("Dek", new() { Exact = true });

    public ILocator Body => page.GetByLabel("Body (Markdown)");

    public ILocator Tags => page.GetByLabel("Tags", new() { Exact = false });

    public ILocator Toolbar => page.GetByRole(AriaRole.Toolbar, new() { Name = "Markdown" });

    public ILocator Preview => page.GetByRole(AriaRole.Region, new() { Name = "Preview" });

    public ILocator ToolbarButton(string name) => Toolbar.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public async Task FillAsync(NewStory story)
    {
        await Headline.FillAsync(story.Headline);
        await Dek.FillAsync(story.Dek);
        await Body.FillAsync(story.Body);
        await Tags.FillAsync(story.Tags);
    }
}
