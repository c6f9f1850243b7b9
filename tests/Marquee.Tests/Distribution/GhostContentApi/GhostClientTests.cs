using System.Text;
using System.Text.Json;
using Marquee.Content.Galleries;
using Marquee.Tests.Galleries;

namespace Marquee.Tests.Distribution.GhostContentApi;

/// <summary>Ghost's official npm client (@tryghost/content-api) reads Marquee as it reads Ghost.</summary>
public sealed class GhostClientTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private readonly TestContent _content = new(server);
    private readonly GhostApi _api = new(server);

    [Fact]
    public async Task The_official_client_reads_posts_tags_authors_and_settings()
    {
        var writer = await _content.AuthorAsync("Client Writer");
        var tag = await _content.TagAsync("Client Tag");
        var older = await _content.ArticleAsync("Client Older", [writer], [tag], a => a with { PublishedAt = DateTime.UtcNow.AddHours(-1) });
        var newer = await _content.ArticleAsync("Client Newer", [writer], [tag]);
        var key = await _api.AddKeyAsync();

        var results = await RunAsync(key,
            new { resource = "posts", method = "browse", options = new { limit = 1, include = "tags,authors", filter = $"tag:{tag}" } },
            new { resource = "posts", method = "read", data = new { slug = older.Slug }, options = new { formats = "html,plaintext" } },
            new { resource = "tags", method = "browse", options = new { limit = "all", filter = $"slug:{tag}", include = "count.posts" } },
            new { resource = "authors", method = "read", data = new { slug = writer } },
            new { resource = "settings", method = "browse" },
            new { resource = "posts", method = "read", data = new { slug = "no-such-post" } },
            new { resource = "posts", method = "browse", options = new { filter = "tag:[unclosed" } });

        var browse = results[0];
        Assert.Equal(newer.Slug, browse.GetProperty("value")[0].GetProperty("slug").GetString());
        Assert.Equal(writer, browse.GetProperty("value")[0].GetProperty("primary_author").GetProperty("slug").GetString());
        Assert.Equal(2, browse.GetProperty("meta").GetProperty("pagination").GetProperty("total").GetInt32());
        Assert.Equal(2, browse.GetProperty("meta").GetProperty("pagination").GetProperty("next").GetInt32());
        Assert.Equal($"The body of {older.Headline}.", results[1].GetProperty("value").GetProperty("plaintext").GetString());
        Assert.Equal(2, results[2].GetProperty("value")[0].GetProperty("count").GetProperty("posts").GetInt32());
        Assert.Equal("Client Writer", results[3].GetProperty("value").GetProperty("name").GetString());
        Assert.Equal("Marquee", results[4].GetProperty("value").GetProperty("title").GetString());
        Assert.Equal(("NotFoundError", "Post not found."), (results[5].GetProperty("type").GetString(), results[5].GetProperty("error").GetString()));
        Assert.Equal(("BadRequestError", "Error parsing filter"), (results[6].GetProperty("type").GetString(), results[6].GetProperty("error").GetString()));
    }

    [Fact]
    public async Task The_official_client_browses_the_one_free_tier_and_no_newsletters()
    {
        var key = await _api.AddKeyAsync();

        var results = await RunAsync(key,
            new { resource = "tiers", method = "browse", options = new { include = "monthly_price,yearly_price,benefits" } },
            new { resource = "newsletters", method = "browse" });

        var tier = Assert.Single(results[0].GetProperty("value").EnumerateArray().ToList());
        Assert.Equal(("free", "free", "public"), (tier.GetProperty("slug").GetString(), tier.GetProperty("type").GetString(), tier.GetProperty("visibility").GetString()));
        Assert.Equal(JsonValueKind.Array, tier.GetProperty("benefits").ValueKind);
        Assert.Empty(results[1].GetProperty("value").EnumerateArray());
        Assert.Equal(0, results[1].GetProperty("meta").GetProperty("pagination").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_gallery_post_without_a_feature_photo_carries_its_cover_with_alt_text_and_the_credit_in_its_caption()
    {
        var galleries = new TestGalleries(server);
        var photos = await galleries.PhotosAsync(2);
        var gallery = await galleries.GalleryAsync("Client Gallery", [new GalleryItemInput(photos[0].Id), new GalleryItemInput(photos[1].Id, IsCover: true)]);
        var key = await _api.AddKeyAsync();

        var results = await RunAsync(key,
            new { resource = "posts", method = "read", data = new { slug = gallery.Slug } },
            new { resource = "posts", method = "browse", options = new { filter = $"slug:{gallery.Slug}" } });

        foreach (var post in new[] { results[0].GetProperty("value"), results[1].GetProperty("value")[0] })
        {
            Assert.Equal(new Uri(server.BaseAddress, GalleryImages.JpegUrl(photos[1])).ToString(), post.GetProperty("feature_image").GetString());
            Assert.Equal("A singer on a lit stage", post.GetProperty("feature_image_alt").GetString());
            Assert.Equal($"{photos[1].Caption} <span class=\"credit\">Kevin Winter/Getty Images</span>", post.GetProperty("feature_image_caption").GetString());
        }
    }

    private async Task<IReadOnlyList<JsonElement>> RunAsync(string key, params object[] calls)
    {
        var output = await NodeClients.RunAsync(
            "ghost-content.mjs", [server.BaseAddress.ToString().TrimEnd('/'), key], Encoding.UTF8.GetBytes(JsonSerializer.Serialize(calls)), "the Ghost client failed");
        return JsonDocument.Parse(output).RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
