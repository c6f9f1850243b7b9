using Marquee.BrowserTests.Infrastructure;

namespace Marquee.BrowserTests.Reading;

/// <summary>Cards on the demo site at desktop and phone widths: section links big enough to tap (WCAG 2.2, 24 px), summaries smaller than their headlines.</summary>
public sealed class CardLegibilityTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Theory]
    [InlineData("/", 1366)]
    [InlineData("/", 390)]
    [InlineData("/section/music", 1366)]
    [InlineData("/news/pink-and-kelly-clarksons-opening-performance-at-the-2017-american-music-awards-will-leave-you-in-tears", 1366)]
    public async Task Section_links_are_tap_sized_and_summaries_smaller_than_headlines(string path, int width)
    {
        await using var reader = await site.OpenAsync(width: width);
        var cards = new CardsView(reader.Page);
        await reader.Page.GotoAsync(path);

        var sectionLinks = await cards.SectionLinkHeightsAsync();
        var scales = await cards.TypeScalesAsync();

        Assert.NotEmpty(sectionLinks);
        Assert.All(sectionLinks, height => Assert.True(height >= 24, $"{path}: a section link is {height}px tall"));
        Assert.NotEmpty(scales);
        Assert.All(scales, scale => Assert.True(scale[1] < scale[0], $"{path}: a {scale[1]}px summary under a {scale[0]}px headline"));
    }
}
