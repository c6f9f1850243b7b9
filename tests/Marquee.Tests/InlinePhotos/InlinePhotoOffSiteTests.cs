using System.Text.Json;
using AngleSharp.Dom;
using Marquee.Content.Tags;
using Marquee.Media.Photos;
using Marquee.Tests.Distribution.GhostContentApi;

namespace Marquee.Tests.InlinePhotos;

/// <summary>Off the site (feeds, the Content API, Apple News) an inline photo is a plain credited image at an absolute URL, and an expired one is left out.</summary>
public sealed class InlinePhotoOffSiteTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private const string Channel = "apple-news";

    private readonly TestInlinePhotos _photos = new(server);

    [Fact]
    public async Task Feeds_carry_the_photo_as_an_absolute_jpeg_with_caption_and_credit_and_leave_an_expired_one_out()
    {
        var (tag, photo, expired) = await StoryAsync("Fed Inline");

        using var json = JsonDocument.Parse(await server.Client.GetStringAsync($"/tag/{tag}/feed.json", TestContext.Current.CancellationToken));
        var rss = await FeedParser.ParseAsync(await server.Client.GetByteArrayAsync($"/tag/{tag}/rss", TestContext.Current.CancellationToken));

        AssertCarried(json.RootElement.GetProperty("items")[0].GetProperty("content_html").GetString()!, photo, expired);
        AssertCarried(rss.GetProperty("items")[0].GetProperty("description").GetString()!, photo, expired);
    }

    [Fact]
    public async Task The_content_api_html_carries_the_photo_as_an_absolute_jpeg_with_caption_and_credit()
    {
        var (tag, photo, expired) = await StoryAsync("Api Inline");
        var api = new GhostApi(server);

        var (_, body) = await api.GetAsync($"posts/?filter=tag:{tag}", await api.AddKeyAsync());

        AssertCarried(body.GetProperty("posts")[0].GetProperty("html").GetString()!, photo, expired);
    }

    [Fact]
    public async Task Apple_news_gets_a_valid_photo_component_with_caption_and_credit_between_the_paragraphs()
    {
        await server.WriteAsync((services, ct) => services.GetRequiredService<SaveTag>().SaveAsync(new TagInput(Channel, "Apple News", TagKind.Channel), ct));
        var (_, photo, _) = await StoryAsync("Anf Inline");
        var story = await _photos.Content.ArticleAsync("Anf Inline Story", tags: [Channel], configure: s => s with { BodyMarkdown = $"Before.\n\n{TestInlinePhotos.Line(photo, "Our caption")}\n\nAfter." });

        var bytes = await server.Client.GetByteArrayAsync($"/api/apple-news/{story.Slug}", TestContext.Current.CancellationToken);

        Assert.Empty(await AnfValidator.ErrorsAsync(bytes));
        using var document = JsonDocument.Parse(bytes);
        var components = document.RootElement.GetProperty("components").EnumerateArray().ToList();
        Assert.Equal(["title", "byline", "body", "photo", "body"], components.Select(c => c.GetProperty("role").GetString()));
        Assert.Equal("Our caption (Photo: Kevin Winter/Getty Images)", components[3].GetProperty("caption").GetString());
        Assert.StartsWith(server.BaseAddress + "media/" + photo.ContentHash[..20], components[3].GetProperty("URL").GetString(), StringComparison.Ordinal);
    }

    /// <summary>A published story in a tag of its own embedding a shown photo (with a caption override) and an expired one.</summary>
    private async Task<(string Tag, Photo Photo, Photo Expired)> StoryAsync(string headline)
    {
        var tag = await _photos.Content.TagAsync($"{headline} Tag");
        var photo = await _photos.PhotoAsync($"{headline} photo {Guid.NewGuid():n}");
        var expired = await _photos.PhotoAsync($"{headline} expired {Guid.NewGuid():n}");
        await _photos.ExpiresAtAsync(expired, DateTime.UtcNow.AddDays(-1));
        await _photos.Content.ArticleAsync(headline, tags: [tag], configure: s => s with
        {
            BodyMarkdown = $"Before.\n\n{TestInlinePhotos.Line(photo, "Kelly & Pink")}\n\n{TestInlinePhotos.Line(expired)}\n\nAfter.",
        });
        return (tag, photo, expired);
    }

    private void AssertCarried(string html, Photo photo, Photo expired)
    {
        var body = HtmlPage.Parse($"<body>{html}</body>");
        var figure = Assert.Single(body.QuerySelectorAll("figure"));
        var image = figure.QuerySelector("img")!;
        Assert.StartsWith(server.BaseAddress + "media/" + photo.ContentHash[..20], image.GetAttribute("src"), StringComparison.Ordinal);
        Assert.EndsWith(".jpg", image.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal(photo.AltText, image.GetAttribute("alt"));
        Assert.Equal("Kelly & Pink", figure.QuerySelector(".caption")?.TextContent);
        Assert.Equal("Kevin Winter/Getty Images", figure.QuerySelector(".credit")?.TextContent);
        Assert.Equal(["Before.", "After."], body.QuerySelectorAll("p").Select(p => p.TextContent));
        Assert.DoesNotContain("marquee-photo", html, StringComparison.Ordinal);
        Assert.DoesNotContain(expired.ContentHash[..20], html, StringComparison.Ordinal);
    }
}
