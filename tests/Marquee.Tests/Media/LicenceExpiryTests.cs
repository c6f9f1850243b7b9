using Marquee.Newsroom.Staff;

namespace Marquee.Tests.Media;

/// <summary>
/// A photo whose licence ends leaves public pages by itself, cached ones included, with the layout intact,
/// and the newsroom lists it with the articles that used it. Real time, as for scheduled releases.
/// </summary>
public sealed class LicenceExpiryTests(NewsroomServer newsroom) : IClassFixture<NewsroomServer>
{
    private const string Renders = "marquee.pages.renders";

    private readonly MarqueeServer _server = newsroom.Server;

    [Fact]
    public Task An_ended_licence_takes_the_photo_off_an_already_cached_page_within_a_second_and_the_newsroom_lists_where_it_was_used() =>
        TimedScenario.RunAsync(EndedLicenceLeavesTheCachedPageAsync, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30));

    /// <summary>A photo whose licence ends <paramref name="lead"/> from now, on a cached page; false when it ended before the page was cached.</summary>
    private async Task<bool> EndedLicenceLeavesTheCachedPageAsync(TimeSpan lead)
    {
        var marker = $"Licensed {Guid.NewGuid():n}";
        var stored = await PhotoUploads.IngestAsync(_server, TestImages.Encoded("jpg", 800, 600, seed: 401), "licensed.jpg", PhotoUploads.Credited() with { Caption = marker });
        var photo = await PhotoUploads.RenditionsMadeAsync(_server, stored.Photo!.Id);
        var headline = $"Licence Runs Out In {lead.TotalSeconds:F0} Seconds";
        var article = await PhotoPages.ArticleWithPhotoAsync(_server, photo.Id, headline);
        var path = $"/news/{article.Slug}";
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        var now = DateTime.UtcNow;
        var expires = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc).Add(lead);
        using (var saved = await PhotoPages.SaveAsync(editor, photo.Id, new() { ["LicenceExpiresAt"] = expires.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) }))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, saved.StatusCode);
        }

        using var metrics = new PageMetricsListener(_server);
        var first = await HtmlPage.GetAsync(_server.Client, path);
        var second = await HtmlPage.GetAsync(_server.Client, path);
        if (DateTime.UtcNow >= expires)
        {
            return false;
        }

        Assert.NotNull(first.QuerySelector("figure.feature picture"));
        Assert.NotNull(second.QuerySelector("figure.feature picture"));
        Assert.Equal(1, metrics.Count(Renders, "/news/{slug}"));

        var page = await NodePages.PageByAsync(_server, path, p => p.QuerySelector("figure.feature") is null, expires.AddSeconds(1), $"the photo was still on {path} a second after its licence ended");

        Assert.Equal(headline, page.Text("main article h1"));
        Assert.Empty(page.QuerySelectorAll("main article.story figure, main article.story img, main article.story picture"));
        Assert.Null((await TestContent.LoadAsync(_server, article.Slug)).Image);
        var library = await editor.PageAsync($"/newsroom/photos?Filter=Expired&q={Uri.EscapeDataString(marker)}");
        Assert.Equal([photo.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], library.QuerySelectorAll("#library .nr-photo").Select(p => p.GetAttribute("data-photo-id")));
        Assert.Equal(headline, library.Text("#library .nr-photo .nr-uses a"));
        var dashboard = await editor.PageAsync("/newsroom");
        Assert.Equal(headline, dashboard.Text($"#expired-photos li[data-photo-id='{photo.Id}'] .nr-uses a"));
        return true;
    }

    [Fact]
    public async Task An_article_saved_with_an_expired_photo_shows_no_image_at_all()
    {
        var stored = await PhotoUploads.IngestAsync(_server, TestImages.Encoded("png", 300, 200, seed: 402), "expired.png", PhotoUploads.Credited() with { LicenceExpiresAt = DateTime.UtcNow.AddDays(-1) });
        var article = await PhotoPages.ArticleWithPhotoAsync(_server, stored.Photo!.Id, "Too Late For The Photo");

        var page = await HtmlPage.GetAsync(_server.Client, $"/news/{article.Slug}");

        Assert.Equal("Too Late For The Photo", page.Text("main article h1"));
        Assert.Empty(page.QuerySelectorAll("main article.story figure, main article.story img"));
    }
}
