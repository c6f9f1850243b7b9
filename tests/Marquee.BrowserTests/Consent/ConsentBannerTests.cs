using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Consent;

/// <summary>A reader meets the consent banner: nothing third-party loads before a choice, and each choice is kept.</summary>
public sealed class ConsentBannerTests(ConsentSite consent) : IClassFixture<ConsentSite>
{
    [Fact]
    public async Task Before_a_decision_the_banner_asks_and_no_third_party_is_asked_anything()
    {
        await using var reader = await OnTheStoryAsync();

        await Expect(reader.Banner.Banner).ToBeVisibleAsync();
        await reader.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(reader.ThirdPartyRequests);
        Assert.Null(await reader.Banner.CookieAsync());
        await Expect(reader.Page.Locator("html")).Not.ToHaveAttributeAsync("data-analytics-ran", "yes");
    }

    [Fact]
    public async Task Accepting_loads_the_tag_and_the_next_page_loads_it_without_asking()
    {
        await using var reader = await OnTheStoryAsync();

        await reader.Banner.Accept.ClickAsync();

        await Expect(reader.Page.Locator("html")).ToHaveAttributeAsync("data-analytics-ran", "yes");
        await Expect(reader.Banner.Banner).ToBeHiddenAsync();
        Assert.Contains("a=1", await reader.Banner.CookieAsync(), StringComparison.Ordinal);
        await reader.Page.GotoAsync("/");
        await Expect(reader.Page.Locator("html")).ToHaveAttributeAsync("data-analytics-ran", "yes");
        await Expect(reader.Banner.Banner).ToBeHiddenAsync();
        Assert.All(reader.ThirdPartyRequests, url => Assert.Contains(url, new[] { consent.Tags.Url("/analytics.js"), consent.Tags.Url("/ad.js") }));
    }

    [Fact]
    public async Task Rejecting_never_loads_the_tag_on_this_page_or_the_next()
    {
        await using var reader = await OnTheStoryAsync();

        await reader.Banner.Reject.ClickAsync();
        await reader.Page.GotoAsync("/");
        await reader.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await Expect(reader.Banner.Banner).ToBeHiddenAsync();
        Assert.Contains("a=0&d=0", await reader.Banner.CookieAsync(), StringComparison.Ordinal);
        Assert.Empty(reader.ThirdPartyRequests);
    }

    [Fact]
    public async Task A_decision_for_another_policy_version_or_a_malformed_cookie_asks_again()
    {
        await using var reader = await ConsentReader.OpenAsync(consent.Site);

        await reader.SetCookieAsync("v=2023-01&a=1&d=1&t=1700000000");
        await reader.Page.GotoAsync("/");
        await Expect(reader.Banner.Banner).ToBeVisibleAsync();
        await reader.SetCookieAsync("v=2024-05&a=yes&d=%%");
        await reader.Page.ReloadAsync();
        await Expect(reader.Banner.Banner).ToBeVisibleAsync();

        Assert.Empty(reader.ThirdPartyRequests);
    }

    [Fact]
    public async Task Global_Privacy_Control_is_honoured_and_said_so_advertising_stays_off_whatever_is_accepted()
    {
        await using var reader = await ConsentReader.OpenAsync(consent.Site, globalPrivacyControl: true);
        await reader.Page.GotoAsync("/");

        await Expect(reader.Banner.GpcNotice).ToBeVisibleAsync();
        await reader.Banner.Settings.ClickAsync();
        await Expect(reader.Banner.Advertising).ToBeDisabledAsync();
        await reader.Banner.Accept.ClickAsync();

        Assert.Contains("a=1&d=0", await reader.Banner.CookieAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_keyboard_reader_opens_cookie_settings_from_the_footer_and_saves_a_choice()
    {
        await using var reader = await OnTheStoryAsync();
        await reader.Banner.Reject.ClickAsync();

        await reader.Banner.CookieSettings.FocusAsync();
        await reader.Page.Keyboard.PressAsync("Enter");
        await Expect(reader.Banner.Analytics).ToBeFocusedAsync();
        await reader.Page.Keyboard.PressAsync("Space");
        await reader.Banner.Save.FocusAsync();
        await reader.Page.Keyboard.PressAsync("Enter");

        await Expect(reader.Banner.Banner).ToBeHiddenAsync();
        Assert.Contains("a=1&d=0", await reader.Banner.CookieAsync(), StringComparison.Ordinal);
        await Expect(reader.Page.Locator("html")).ToHaveAttributeAsync("data-analytics-ran", "yes");
    }

    [Fact]
    public async Task Without_JavaScript_cookie_settings_explains_that_nothing_is_loaded()
    {
        await using var reader = await ConsentReader.OpenAsync(consent.Site, javaScript: false);
        await reader.Page.GotoAsync("/");

        await reader.Banner.CookieSettings.ClickAsync();

        await Expect(reader.Banner.Banner.GetByText("Without JavaScript this site loads no analytics")).ToBeVisibleAsync();
        await Expect(reader.Banner.Accept).ToBeHiddenAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_page_with_the_banner_open_has_no_accessibility_violations(bool settings)
    {
        await using var reader = await OnTheStoryAsync();
        await Expect(reader.Banner.Banner).ToBeVisibleAsync();
        if (settings)
        {
            await reader.Banner.Settings.ClickAsync();
        }

        var results = await reader.Page.RunAxe();

        Assert.True(results.Violations.Length == 0, string.Join('\n', results.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(' ', n.Target)))})")));
    }

    /// <summary>A fresh reader on the demo's seed story, the banner's first page.</summary>
    private async Task<ConsentReader> OnTheStoryAsync()
    {
        var reader = await ConsentReader.OpenAsync(consent.Site);
        await reader.Page.GotoAsync(ConsentSite.Story);
        return reader;
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
