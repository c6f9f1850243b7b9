using Microsoft.Playwright;

namespace Marquee.BrowserTests.Reading;

/// <summary>
/// An article page (/news/{slug}) as a reader finds things on it, by role and text. The story's parts are
/// looked up inside the story, so the Latest News rail's cards (also articles, also bylined) never match.
/// </summary>
public sealed class ArticleView(IPage page)
{
    public ILocator Headline => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Story =>
        page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Article).Filter(new() { Has = Headline });

    public ILocator Byline(string authors) => Story.GetByText($"By {authors}", new() { Exact = true });

    public ILocator AuthorLink(string name) => Story.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public ILocator Date(string text) => Story.GetByText(text, new() { Exact = true });

    public ILocator Photo => Story.GetByRole(AriaRole.Figure);

    public ILocator PhotoText(string text) => Photo.GetByText(text, new() { Exact = true });

    public ILocator Tags => Story.GetByRole(AriaRole.Navigation, new() { Name = "Tags" }).GetByRole(AriaRole.Link);

    public ILocator SkipLink => page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" });

    public Task OpenAsync(string slug) => page.GotoAsync($"/news/{slug}");

    /// <summary>How many CSS pixels wider than the window the page is; above zero means sideways scrolling.</summary>
    public Task<int> OverflowAsync() => page.EvaluateAsync<int>("document.scrollingElement.scrollWidth - window.innerWidth");
}
