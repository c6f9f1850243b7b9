using System.Globalization;
using Marquee.BrowserTests.Infrastructure;
using Marquee.BrowserTests.Media;
using Marquee.BrowserTests.Newsroom;
using Marquee.Demo;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Live;

/// <summary>A reporter on the live desk and a reader of the demo's live story, each in their own Chromium: a post is offered to
/// the reader as "1 new update" within the server's cadence (plus a second), taking it in moves nothing the reader reads, an
/// edit and a delete reach the reader's page, and without JavaScript a reload shows the latest and older entries page by links.</summary>
public sealed class LiveDeskToReaderTests(LiveDeskToReaderTests.FastLiveNewsroom fixture) : IClassFixture<LiveDeskToReaderTests.FastLiveNewsroom>
{
    private const int Cadence = FastLiveNewsroom.Cadence;

    /// <summary>The promise: an entry reaches readers within the cadence plus a second.</summary>
    private static readonly LocatorAssertionsToBeVisibleOptions WithinCadence = new() { Timeout = (Cadence + 1) * 1000 };

    private NewsroomSite Site => fixture.Site;

    [Fact]
    public async Task A_post_an_edit_and_a_delete_on_the_desk_reach_a_reader_who_stays_in_place()
    {
        await using var reader = await Site.OpenAsync(javaScript: true);
        await reader.Page.SetViewportSizeAsync(1280, 600);
        var view = new LiveReaderView(reader.Page);
        var reading = await view.ReadAsync(2);
        await using var reporter = await Site.SignInAsync(Site.Author);
        var desk = new LiveDeskView(reporter.Page, await Site.IdOfAsync(DemoLiveStory.Slug));
        await desk.OpenAsync();

        var entry = await desk.PostAsync("Taylor Swift arrives in silver.");
        var button = view.NewUpdates("1 new update");
        await Expect(button).ToBeVisibleAsync(WithinCadence);
        var before = (await reading.BoundingBoxAsync())!.Y;
        await button.ClickAsync();
        var posted = reader.Page.Locator($"#entry-{entry}");

        await Expect(posted).ToContainTextAsync("Taylor Swift arrives in silver.");
        Assert.Equal(before, (await reading.BoundingBoxAsync())!.Y, 1.0);
        await Expect(button).ToBeHiddenAsync();
        Assert.Equal($"entry-{entry}", await view.Entries.First.GetAttributeAsync("id"));

        await desk.EditAsync(entry, "Taylor Swift arrives in gold, not silver.");
        await Expect(posted.Locator(".live-body")).ToHaveTextAsync("Taylor Swift arrives in gold, not silver.", new() { Timeout = WithinCadence.Timeout });
        await Expect(posted.Locator(".live-edited")).ToBeVisibleAsync();

        await desk.DeleteAsync(entry);
        await Expect(posted).ToHaveCountAsync(0, new() { Timeout = WithinCadence.Timeout });
        Assert.Empty(reader.BrokenRequests);
    }

    [Fact]
    public async Task Without_javascript_a_reload_shows_the_latest_and_older_entries_are_paged_by_links_without_repeats()
    {
        await using var reader = await Site.OpenAsync(javaScript: false);
        await reader.Page.GotoAsync($"/live/{DemoLiveStory.Slug}");
        await using var reporter = await Site.SignInAsync(Site.Author);
        var desk = new LiveDeskView(reporter.Page, await Site.IdOfAsync(DemoLiveStory.Slug));
        await desk.OpenAsync();

        var entry = await desk.PostAsync("Reload to see me.");
        await reader.Page.ReloadAsync();

        Assert.Equal($"entry-{entry}", await reader.Page.Locator("#live-entries article[data-entry]").First.GetAttributeAsync("id"));
        await Expect(reader.Page.Locator("#live-new-updates")).ToHaveCountAsync(0);
        var seen = new List<long>();
        var pages = 0;
        while (true)
        {
            var ids = await reader.Page.Locator("#live-entries article[data-entry]").EvaluateAllAsync<string[]>("entries => entries.map(e => e.dataset.entry)");
            Assert.InRange(ids.Length, 1, FastLiveNewsroom.PageSize);
            seen.AddRange(ids.Select(id => long.Parse(id, CultureInfo.InvariantCulture)));
            pages++;
            var older = reader.Page.Locator("#older-updates");
            if (await older.CountAsync() == 0)
            {
                break;
            }

            await older.ClickAsync();
            await Expect(reader.Page.Locator("#updates-heading")).ToHaveTextAsync("Earlier updates");
        }

        Assert.True(pages >= 3, $"{seen.Count} entries on {pages} pages of {FastLiveNewsroom.PageSize}");
        Assert.Equal(seen.OrderByDescending(id => id), seen);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        await reader.Page.Locator("#latest-updates").ClickAsync();
        Assert.Equal($"entry-{entry}", await reader.Page.Locator("#live-entries article[data-entry]").First.GetAttributeAsync("id"));
        Assert.Empty(reader.BrokenRequests);
    }

    [Fact]
    public async Task A_reporter_gives_an_entry_a_credited_library_photo_in_two_clicks_and_an_uncredited_one_is_refused()
    {
        await using var reporter = await Site.SignInAsync(Site.Editor);
        var (credited, uncredited) = await PhotoLibraryTests.UploadTwoAndCreditTheFirstAsync(reporter.Page, Guid.NewGuid().ToString("n")[..8]);
        var desk = new LiveDeskView(reporter.Page, await Site.IdOfAsync(DemoLiveStory.Slug));
        var picker = new PhotoPickerView(reporter.Page);
        await desk.OpenAsync();

        await picker.Open.ClickAsync();
        await picker.Photo(uncredited).ClickAsync();
        await Expect(desk.PhotoProblem).ToContainTextAsync($"Photo {uncredited} needs alt text and a credit");
        await Expect(desk.PhotoNumber).ToHaveValueAsync("");
        await picker.Open.ClickAsync();
        await picker.Photo(credited).ClickAsync();
        await Expect(desk.PhotoNumber).ToHaveValueAsync(credited.ToString(CultureInfo.InvariantCulture));
        await Expect(desk.PhotoProblem).ToBeHiddenAsync();
        var entry = await desk.PostAsync("Pink takes the stage.");

        await using var reader = await Site.OpenAsync(javaScript: false);
        await reader.Page.GotoAsync($"/live/{DemoLiveStory.Slug}");
        var photo = reader.Page.Locator($"#entry-{entry} .live-photo");
        await Expect(photo).ToContainTextAsync("Kevin Winter/Getty Images");
        var image = photo.GetByRole(AriaRole.Img);
        await Assertions.Expect(image).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await image.EvaluateAsync<int>("img => img.naturalWidth") > 0, "the entry's photo loaded");
        Assert.Empty(reader.BrokenRequests);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    /// <summary>The newsroom's demo site telling readers to poll every <see cref="Cadence"/> seconds, its stream paged by <see cref="PageSize"/>.</summary>
    public sealed class FastLiveNewsroom : IAsyncLifetime
    {
        public const int Cadence = 2;
        public const int PageSize = 5;

        public NewsroomSite Site { get; } = new(new Dictionary<string, string?>
        {
            ["Marquee:Live:PollSeconds"] = Cadence.ToString(CultureInfo.InvariantCulture),
            ["Marquee:Live:PageSize"] = PageSize.ToString(CultureInfo.InvariantCulture),
        });

        public ValueTask InitializeAsync() => Site.InitializeAsync();

        public ValueTask DisposeAsync() => Site.DisposeAsync();
    }
}
