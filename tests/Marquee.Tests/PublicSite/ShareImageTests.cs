using System.Text.Json;
using Marquee.Tests.Media;

namespace Marquee.Tests.PublicSite;

/// <summary>A story's library photo as social networks and search engines get it: raster crops with their sizes, the site's card when too small.</summary>
public sealed class ShareImageTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    [Fact]
    public async Task A_wide_photo_is_shared_as_its_1280_px_16x9_crop_and_structured_data_lists_its_16x9_and_1x1_crops_with_sizes()
    {
        var slug = await StoryWithPhotoAsync(2000, 1200);

        var page = await HtmlPage.GetAsync(server.Client, $"/news/{slug}");
        var images = NewsArticleImages(page);

        Assert.Matches(@"/media/[0-9a-f]{20}-16x9-\d{8}-1280\.jpg$", Meta(page, "og:image"));
        Assert.Equal(("1280", "720"), (Meta(page, "og:image:width"), Meta(page, "og:image:height")));
        Assert.Equal(Meta(page, "og:image"), Meta(page, "twitter:image"));
        Assert.Equal([(1280, 720), (640, 640)], images.Select(i => (i.GetProperty("width").GetInt32(), i.GetProperty("height").GetInt32())));
        Assert.All(images, i => Assert.EndsWith(".jpg", i.GetProperty("url").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_photo_too_small_for_a_large_card_shares_the_sites_card_but_keeps_its_crops_in_structured_data()
    {
        var slug = await StoryWithPhotoAsync(800, 600);

        var page = await HtmlPage.GetAsync(server.Client, $"/news/{slug}");

        Assert.EndsWith("/img/share.png", Meta(page, "og:image"), StringComparison.Ordinal);
        Assert.Equal([(640, 360), (320, 320)], NewsArticleImages(page).Select(i => (i.GetProperty("width").GetInt32(), i.GetProperty("height").GetInt32())));
    }

    private async Task<string> StoryWithPhotoAsync(int width, int height)
    {
        var bytes = TestImages.Encoded("jpg", width, height, Random.Shared.Next());
        var photo = (await PhotoUploads.IngestAsync(server, bytes, $"share-{width}.jpg")).Photo!;
        await PhotoUploads.RenditionsMadeAsync(server, photo.Id);
        return (await new TestContent(server).ArticleAsync($"Shared {width}", configure: a => a with { FeaturePhotoId = photo.Id })).Slug;
    }

    private static List<JsonElement> NewsArticleImages(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .Single(j => j.TryGetProperty("@type", out var type) && type.GetString() == "NewsArticle")
            .GetProperty("image").EnumerateArray()];

    private static string? Meta(AngleSharp.Dom.IDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content");
}
