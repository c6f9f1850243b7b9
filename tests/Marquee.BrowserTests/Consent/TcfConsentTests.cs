using Microsoft.Playwright;

namespace Marquee.BrowserTests.Consent;

/// <summary>
/// With an IAB TCF v2.2 CMP configured (the test's stub on the tag server), Marquee's banner never shows: the decision
/// is read from the CMP's __tcfapi, so accepting there loads the ad and analytics tags, rejecting there or never
/// answering loads nothing but the CMP, and the slots show house ads.
/// </summary>
public sealed class TcfConsentTests(TcfConsentSite consent) : IClassFixture<TcfConsentSite>
{
    [Theory]
    [InlineData("reject")]
    [InlineData("silent")]
    public async Task Rejecting_in_the_cmp_or_no_answer_loads_nothing_but_the_cmp(string answer)
    {
        await using var reader = await ConsentReader.OpenAsync(consent.Site);

        await reader.Page.GotoAsync($"{ConsentSite.Story}#cmp={answer}");

        await Assertions.Expect(reader.Page.Locator("[data-ad-slot=leaderboard]")).ToHaveAttributeAsync("data-ad-state", "house", new() { Timeout = 10_000 });
        await reader.Page.WaitForTimeoutAsync(500);
        await Assertions.Expect(reader.Banner.Banner).ToBeHiddenAsync();
        Assert.Equal([consent.Tags.Url("/cmp.js")], reader.ThirdPartyRequests);
    }

    [Fact]
    public async Task Accepting_in_the_cmp_loads_the_tags_and_marquees_banner_never_shows()
    {
        await using var reader = await ConsentReader.OpenAsync(consent.Site);

        await reader.Page.GotoAsync($"{ConsentSite.Story}#cmp=accept&ads=late");

        await Assertions.Expect(reader.Page.Locator("html")).ToHaveAttributeAsync("data-analytics-ran", "yes");
        await Assertions.Expect(reader.Page.Locator("[data-ad-slot=leaderboard]")).ToHaveAttributeAsync("data-ad-state", "filled", new() { Timeout = 10_000 });
        await Assertions.Expect(reader.Banner.Banner).ToBeHiddenAsync();
        Assert.Equal(consent.Tags.Url("/cmp.js"), reader.ThirdPartyRequests.First());
        Assert.Null(await reader.Banner.CookieAsync());
    }
}
