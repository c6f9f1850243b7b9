using System.Text.RegularExpressions;
using Marquee.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Reading;

/// <summary>A reader's first minutes on the demo site, in a real browser: home, the seed article, one of its tags.</summary>
public sealed partial class SeedArticleTests(DemoSite site) : IClassFixture<DemoSite>
{
    private const string Headline = "Pink and Kelly Clarkson's Opening Performance at the 2017 American Music Awards Will Leave You in Tears";
    private const string Slug = "pink-and-kelly-clarksons-opening-performance-at-the-2017-american-music-awards-will-leave-you-in-tears";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_reader_goes_from_home_to_the_seed_article_and_on_to_a_tag(bool javaScript)
    {
        await using var reader = await site.OpenAsync(javaScript);
        var home = new HomeView(reader.Page);
        var article = new ArticleView(reader.Page);
        var listing = new ListingView(reader.Page);
        await home.OpenAsync();

        await home.TopStory(Headline).ClickAsync();

        await Expect(reader.Page).ToHaveURLAsync(SeedUrl());
        await Expect(article.Headline).ToHaveTextAsync(Headline);
        await Expect(article.Byline("Mike Vulpo")).ToBeVisibleAsync();
        await Expect(article.AuthorLink("Mike Vulpo")).ToHaveAttributeAsync("href", "/author/mike-vulpo");
        await Expect(article.Date("Nov 19, 2017, 12:00 AM UTC")).ToBeVisibleAsync();
        await Expect(article.PhotoText("Musicians Performing Live on Stage")).ToBeVisibleAsync();
        await Expect(article.PhotoText("Kevin Winter/Getty Images")).ToBeVisibleAsync();
        await Expect(article.Photo.GetByRole(AriaRole.Img)).ToHaveJSPropertyAsync("naturalWidth", 1280);
        await Expect(article.Tags).ToHaveTextAsync(["2017 American Music Awards", "Pink", "Kelly Clarkson", "Music", "Entertainment"]);
        Assert.Empty(reader.BrokenRequests);

        await article.Tags.GetByText("Kelly Clarkson", new() { Exact = true }).ClickAsync();

        await Expect(reader.Page).ToHaveURLAsync(TagUrl());
        await Expect(listing.Title).ToHaveTextAsync("Kelly Clarkson");
        await Expect(listing.Story(Headline)).ToBeVisibleAsync();
    }

    [Fact]
    public async Task On_a_phone_the_article_fits_the_screen_and_the_skip_link_comes_first()
    {
        await using var reader = await site.OpenAsync(width: 375, height: 740);
        var article = new ArticleView(reader.Page);
        await article.OpenAsync(Slug);

        var overflow = await article.OverflowAsync();
        await reader.Page.Keyboard.PressAsync("Tab");

        Assert.True(overflow <= 0, $"the page is {overflow}px wider than the phone's screen");
        await Expect(article.SkipLink).ToBeFocusedAsync();
        await Expect(article.SkipLink).ToBeInViewportAsync();
    }

    [Fact]
    public async Task The_skip_link_takes_a_keyboard_reader_past_the_navigation_to_the_story()
    {
        await using var reader = await site.OpenAsync(javaScript: false);
        var article = new ArticleView(reader.Page);
        await article.OpenAsync(Slug);

        await reader.Page.Keyboard.PressAsync("Tab");
        await reader.Page.Keyboard.PressAsync("Enter");
        await reader.Page.Keyboard.PressAsync("Tab");

        await Expect(reader.Page).ToHaveURLAsync(MainAnchorUrl());
        await Expect(article.Story.GetByRole(AriaRole.Link).First).ToBeFocusedAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static IPageAssertions Expect(IPage page) => Assertions.Expect(page);

    [GeneratedRegex("/news/" + Slug + "$")]
    private static partial Regex SeedUrl();

    [GeneratedRegex("/tag/kelly-clarkson$")]
    private static partial Regex TagUrl();

    [GeneratedRegex("#main$")]
    private static partial Regex MainAnchorUrl();
}
