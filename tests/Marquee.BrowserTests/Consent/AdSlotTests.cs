using Microsoft.Playwright;

namespace Marquee.BrowserTests.Consent;

/// <summary>
/// Slots never move the page (CLS measured by a PerformanceObserver('layout-shift') from the first paint) whether the
/// test ad server fills them late, with another size, never, or throws; and it is never asked before consent allows it.
/// </summary>
public sealed class AdSlotTests(ConsentSite consent) : IClassFixture<ConsentSite>
{
    private const string Accepted = "v=2024-05&a=1&d=1&t=1700000000";
    private const string Rejected = "v=2024-05&a=0&d=0&t=1700000000";

    [Theory]
    [InlineData("late", "filled")]
    [InlineData("other", "filled")]
    [InlineData("never", "house")]
    [InlineData("throw", "house")]
    public async Task Slots_filled_late_at_another_size_never_or_by_a_broken_tag_do_not_shift_the_page(string mode, string state)
    {
        await using var reader = await ReaderWithAsync(Accepted);

        await reader.Page.GotoAsync($"{ConsentSite.Story}#ads={mode}");
        var leaderboard = reader.Page.Locator("[data-ad-slot=leaderboard]");
        await Assertions.Expect(leaderboard).ToHaveAttributeAsync("data-ad-state", state, new() { Timeout = 10_000 });
        await ScrollThroughAsync(reader.Page);

        await AssertNoShiftAsync(reader.Page);
        Assert.Equal(90, (await leaderboard.Locator(".ad-frame").BoundingBoxAsync())!.Height);
        Assert.Contains(consent.Tags.Url("/ad.js"), reader.ThirdPartyRequests);
    }

    [Fact]
    public async Task A_reader_who_rejected_gets_the_house_ads_and_the_ad_server_is_never_asked()
    {
        await using var reader = await ReaderWithAsync(Rejected);

        await reader.Page.GotoAsync(ConsentSite.Story);
        await Assertions.Expect(reader.Page.Locator("[data-ad-slot=leaderboard]")).ToHaveAttributeAsync("data-ad-state", "house");
        await ScrollThroughAsync(reader.Page);

        await Assertions.Expect(reader.Page.Locator("[data-ad-slot=in-article] .house-ad img")).ToBeVisibleAsync();
        Assert.Empty(reader.ThirdPartyRequests);
        await AssertNoShiftAsync(reader.Page);
    }

    [Fact]
    public async Task Before_any_decision_the_ad_server_is_not_asked_and_the_slots_keep_their_place()
    {
        await using var reader = await ReaderWithAsync(cookie: null);

        await reader.Page.GotoAsync(ConsentSite.Story);
        await Assertions.Expect(reader.Banner.Banner).ToBeVisibleAsync();
        await reader.Page.WaitForTimeoutAsync(500);

        Assert.Empty(reader.ThirdPartyRequests);
        await AssertNoShiftAsync(reader.Page);
    }

    [Fact]
    public async Task With_Global_Privacy_Control_accepting_loads_analytics_but_never_the_ad_server()
    {
        await using var reader = await ConsentReader.OpenAsync(consent.Site, globalPrivacyControl: true);
        await reader.Page.GotoAsync(ConsentSite.Story);

        await reader.Banner.Accept.ClickAsync();
        await Assertions.Expect(reader.Page.Locator("html")).ToHaveAttributeAsync("data-analytics-ran", "yes");
        await Assertions.Expect(reader.Page.Locator("[data-ad-slot=leaderboard]")).ToHaveAttributeAsync("data-ad-state", "house");

        Assert.Equal([consent.Tags.Url("/analytics.js")], reader.ThirdPartyRequests);
    }

    /// <summary>A fresh reader whose earlier visit left <paramref name="cookie"/>, counting layout shifts (what moved, from where to where, when) from the first paint.</summary>
    private async Task<ConsentReader> ReaderWithAsync(string? cookie)
    {
        var reader = await ConsentReader.OpenAsync(consent.Site);
        if (cookie is not null)
        {
            await reader.SetCookieAsync(cookie);
        }

        await reader.Page.Context.AddInitScriptAsync("""
            window.layoutShift = 0;
            window.layoutShifts = [];
            new PerformanceObserver(list => {
              for (const entry of list.getEntries()) {
                if (entry.hadRecentInput) continue;
                window.layoutShift += entry.value;
                window.layoutShifts.push(entry.sources.map(source => source.node && source.node.outerHTML ? source.node.outerHTML.slice(0, 80) + ' from ' + JSON.stringify(source.previousRect) + ' to ' + JSON.stringify(source.currentRect) + ' at ' + Math.round(entry.startTime) + ' ms' : String(source.node)).join(' | '));
              }
            }).observe({ type: 'layout-shift', buffered: true });
            """);
        return reader;
    }

    /// <summary>Down the page and back a screen at a time, so every lazy slot is asked for and answered while in view.</summary>
    private static async Task ScrollThroughAsync(IPage page)
    {
        for (var step = 0; step < 6; step++)
        {
            await page.Mouse.WheelAsync(0, 700);
            await page.WaitForTimeoutAsync(400);
        }

        await page.WaitForTimeoutAsync(2500);
    }

    /// <summary>CLS 0.00: the sum of every layout shift since the first paint, naming what moved when it is not.</summary>
    private static async Task AssertNoShiftAsync(IPage page)
    {
        var shift = await page.EvaluateAsync<double>("window.layoutShift");
        var moved = await page.EvaluateAsync<string[]>("window.layoutShifts");

        Assert.True(shift == 0, $"CLS {shift:0.0000}; moved: {string.Join('\n', moved)}");
    }
}
