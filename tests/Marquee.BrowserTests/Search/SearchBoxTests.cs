using Deque.AxeCore.Playwright;
using Marquee.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Search;

/// <summary>Searching the demo from the masthead: as you type by keyboard, without JavaScript, and a results page axe finds nothing wrong with.</summary>
public sealed class SearchBoxTests(DemoSite site) : IClassFixture<DemoSite>
{
    private const string Headline = "Pink and Kelly Clarkson's Opening Performance at the 2017 American Music Awards Will Leave You in Tears";

    private const string SeedSlug = "pink-and-kelly-clarksons-opening-performance-at-the-2017-american-music-awards-will-leave-you-in-tears";

    [Fact]
    public async Task A_keyboard_reader_types_part_of_a_name_and_picks_the_person_from_the_suggestions()
    {
        await using var reader = await site.OpenAsync();
        var search = await TypedOnHomeAsync(reader, "clark");

        await Expect(search.Suggestion("Person Kelly Clarkson")).ToBeVisibleAsync();
        await Expect(search.Box).ToHaveAttributeAsync("aria-expanded", "true");
        await reader.Page.Keyboard.PressAsync("ArrowDown");
        await Expect(search.Suggestion("Person Kelly Clarkson")).ToHaveAttributeAsync("aria-selected", "true");
        await reader.Page.Keyboard.PressAsync("Enter");

        await Expect(reader.Page).ToHaveURLAsync(new Uri(site.BaseAddress, "/tag/kelly-clarkson").ToString());
        Assert.Empty(reader.BrokenRequests);
    }

    [Fact]
    public async Task A_keyboard_reader_types_words_of_a_headline_and_lands_on_the_story()
    {
        await using var reader = await site.OpenAsync();
        var search = await TypedOnHomeAsync(reader, "opening perf");

        await Expect(search.Suggestion($"Story {Headline}")).ToBeVisibleAsync();
        await reader.Page.Keyboard.PressAsync("ArrowDown");
        await Expect(search.Suggestion($"Story {Headline}")).ToHaveAttributeAsync("aria-selected", "true");
        await reader.Page.Keyboard.PressAsync("Enter");

        await Expect(reader.Page).ToHaveURLAsync(new Uri(site.BaseAddress, $"/news/{SeedSlug}").ToString());
        await Expect(reader.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Headline);
        Assert.Empty(reader.BrokenRequests);
    }

    [Fact]
    public async Task Escape_closes_the_suggestions_and_Enter_then_searches_what_was_typed()
    {
        await using var reader = await site.OpenAsync();
        var search = await TypedOnHomeAsync(reader, "Kelly Clarkson");

        await Expect(search.Suggestions).ToBeVisibleAsync();
        await reader.Page.Keyboard.PressAsync("Escape");
        await Expect(search.Suggestions).ToBeHiddenAsync();
        await reader.Page.Keyboard.PressAsync("Enter");

        await Expect(search.ResultHeadlines.First).ToHaveTextAsync(Headline);
    }

    [Fact]
    public async Task Without_JavaScript_the_box_is_a_form_that_finds_the_seed_story_first()
    {
        await using var reader = await site.OpenAsync(javaScript: false);
        var search = new SearchBoxView(reader.Page);
        await reader.Page.GotoAsync("/");

        await search.Box.FillAsync("kelly clarksen");
        await search.Box.PressAsync("Enter");

        await Expect(search.ResultHeadlines.First).ToHaveTextAsync(Headline);
    }

    [Theory]
    [InlineData("/search?q=kelly+clarkson")]
    [InlineData("/search?q=kelly+clarksen")]
    [InlineData("/search?q=nothingmatchesthis")]
    [InlineData("/search")]
    public async Task The_search_page_has_no_accessibility_violations(string path)
    {
        await using var reader = await site.OpenAsync();
        await reader.Page.GotoAsync(path);

        var results = await reader.Page.RunAxe();

        Assert.True(results.Violations.Length == 0, string.Join('\n', results.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(' ', n.Target)))})")));
    }

    /// <summary>The home page with <paramref name="text"/> typed into the search box key by key, as a person types.</summary>
    private static async Task<SearchBoxView> TypedOnHomeAsync(ReaderTab reader, string text)
    {
        var search = new SearchBoxView(reader.Page);
        await reader.Page.GotoAsync("/");
        await search.Box.FocusAsync();
        await reader.Page.Keyboard.TypeAsync(text, new() { Delay = 40 });
        return search;
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static IPageAssertions Expect(IPage page) => Assertions.Expect(page);
}
