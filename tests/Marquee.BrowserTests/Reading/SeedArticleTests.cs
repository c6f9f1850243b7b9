using System.Text.RegularExpressions;
using Marquee.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Reading;

/// <summary>A reader's first minutes on the demo site, in a real browser: home, the seed article, one of its tags.</summary>
public sealed partial class SeedArticleTests(DemoSite site) : IClassFixture<DemoSite>
{
    private const string Headline = "Pink and Kelly Clarkson's Opening Performance at the 2017 American Music Awards Will Leave You in Tears";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_reader_goes_from_home_to_the_seed_article_and_on_to_a_tag(bool javaScript)
    {
        var page = await site.OpenAsync(javaScript);
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = Headline }).First.ClickAsync();

        await Expect(page).ToHaveURLAsync(SeedUrl());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Headline);
        var byline = page.Locator(".byline");
        await Expect(byline).ToContainTextAsync("By Mike Vulpo");
        await Expect(byline.GetByRole(AriaRole.Link, new() { Name = "Mike Vulpo" })).ToHaveAttributeAsync("href", "/author/mike-vulpo");
        await Expect(byline.Locator("time")).ToHaveTextAsync("November 19, 2017");
        var photo = page.GetByRole(AriaRole.Figure);
        await Expect(photo).ToContainTextAsync("Musicians Performing Live on Stage");
        await Expect(photo).ToContainTextAsync("Kevin Winter/Getty Images");
        var tags = page.GetByRole(AriaRole.Navigation, new() { Name = "Tags" }).GetByRole(AriaRole.Link);
        await Expect(tags).ToHaveTextAsync(["2017 American Music Awards", "Pink", "Kelly Clarkson", "Music", "Entertainment", "Apple News", "Top Stories"]);

        await tags.GetByText("Kelly Clarkson").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/tag/kelly-clarkson$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kelly Clarkson");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = Headline })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task On_a_phone_the_article_fits_the_screen_and_the_skip_link_comes_first()
    {
        var page = await site.OpenAsync(width: 375, height: 740);
        await page.GotoAsync("/news/pink-and-kelly-clarksons-opening-performance-at-the-2017-american-music-awards-will-leave-you-in-tears");

        var overflow = await page.EvaluateAsync<int>("document.scrollingElement.scrollWidth - window.innerWidth");
        await page.Keyboard.PressAsync("Tab");

        Assert.True(overflow <= 0, $"the page is {overflow}px wider than the phone's screen");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" })).ToBeFocusedAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" })).ToBeInViewportAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static IPageAssertions Expect(IPage page) => Assertions.Expect(page);

    [GeneratedRegex("/news/pink-and-kelly-clarksons-opening-performance-at-the-2017-american-music-awards-will-leave-you-in-tears$")]
    private static partial Regex SeedUrl();
}
