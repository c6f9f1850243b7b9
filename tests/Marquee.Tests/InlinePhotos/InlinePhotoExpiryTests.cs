using Marquee.Media.Photos;
using Marquee.Newsroom.Photos;
using Marquee.Tests.Media;

namespace Marquee.Tests.InlinePhotos;

/// <summary>A cached article follows its inline photos: a new credit, and a licence ending, reach it without anyone saving the article.</summary>
public sealed class InlinePhotoExpiryTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private readonly TestInlinePhotos _photos = new(server);

    [Fact]
    public Task A_licence_ending_takes_the_inline_photo_off_the_cached_page_within_a_second_leaving_the_paragraphs() =>
        TimedScenario.RunAsync(LicenceEndingLeavesTheCachedPageAsync, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30));

    /// <summary>An inline photo whose licence ends <paramref name="lead"/> from now, on a cached page; false when it ended before the page was cached.</summary>
    private async Task<bool> LicenceEndingLeavesTheCachedPageAsync(TimeSpan lead)
    {
        var photo = await _photos.PhotoAsync($"Expiring inline {Guid.NewGuid():n}");
        var story = await _photos.Content.ArticleAsync($"Inline Licence Ends In {lead.TotalSeconds:F0} Seconds", configure: s => s with { BodyMarkdown = $"Before.\n\n{TestInlinePhotos.Line(photo)}\n\nAfter." });
        var path = $"/news/{story.Slug}";
        var now = DateTime.UtcNow;
        var expires = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc).Add(lead);
        await _photos.ExpiresAtAsync(photo, expires);
        using var metrics = new PageMetricsListener(server);

        var first = await HtmlPage.GetAsync(server.Client, path);
        var second = await HtmlPage.GetAsync(server.Client, path);
        if (DateTime.UtcNow >= expires)
        {
            return false;
        }

        Assert.NotNull(first.QuerySelector(".body figure.inline-photo"));
        Assert.NotNull(second.QuerySelector(".body figure.inline-photo"));
        Assert.Equal(1, metrics.Count("marquee.pages.renders", "/news/{slug}"));

        var page = await NodePages.PageByAsync(server, path, p => p.QuerySelector(".body figure") is null, expires.AddSeconds(1), "the photo was still there a second after its licence ended");

        Assert.Empty(page.QuerySelectorAll(".body figure, .body img, .body picture"));
        Assert.Equal(["Before.", "After."], page.QuerySelectorAll(".body > p").Select(p => p.TextContent));
        return true;
    }

    [Fact]
    public async Task A_new_credit_on_the_photo_reaches_the_cached_article_at_once()
    {
        var photo = await _photos.PhotoAsync($"Recredited inline {Guid.NewGuid():n}");
        var story = await _photos.Content.ArticleAsync("Inline Credit Changes", configure: s => s with { BodyMarkdown = TestInlinePhotos.Line(photo) });
        var path = $"/news/{story.Slug}";
        Assert.Equal("Kevin Winter/Getty Images", (await HtmlPage.GetAsync(server.Client, path)).Text(".body figure .credit"));

        await using (var scope = server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<EditPhoto>().SaveAsync(photo.Id, MetadataOf(photo) with { Credit = "Jane Doe/Agency" }, TestContext.Current.CancellationToken);
        }

        Assert.Equal("Jane Doe/Agency", (await HtmlPage.GetAsync(server.Client, path)).Text(".body figure .credit"));
    }

    private static PhotoMetadata MetadataOf(Photo photo) => PhotoUploads.Credited() with { Caption = photo.Caption, AltText = photo.AltText };
}
