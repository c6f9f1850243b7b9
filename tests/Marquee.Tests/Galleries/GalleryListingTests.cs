using Marquee.Content.Tags;

namespace Marquee.Tests.Galleries;

/// <summary>Galleries are articles: they appear in the rail, on tag pages, in feeds and sitemaps, always at their /photos/ address with a cover.</summary>
public sealed class GalleryListingTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private readonly TestGalleries _galleries = new(server);

    [Fact]
    public async Task A_gallery_is_a_photos_card_on_its_tag_page_and_in_the_latest_rail()
    {
        var tag = await _galleries.Content.TagAsync("Concert Photos", TagKind.Topic);
        var photos = await _galleries.PhotosAsync(3);
        var story = await _galleries.Content.ArticleAsync("A Story Beside It");
        var gallery = await _galleries.GalleryAsync("Tagged Night", TestGalleries.Items(photos), g => g with { TagSlugs = [tag] });

        var listing = await HtmlPage.GetAsync(server.Client, $"/tag/{tag}");
        var article = await HtmlPage.GetAsync(server.Client, $"/news/{story.Slug}");

        var card = listing.QuerySelector($".card-gallery h3 a[href='/photos/{gallery.Slug}']")?.Closest("article");
        Assert.NotNull(card);
        Assert.Equal("Photos · 3", card.QuerySelector(".marker")?.TextContent);
        Assert.Contains(photos[0].ContentHash[..20], card.QuerySelector("img")?.GetAttribute("src"), StringComparison.Ordinal);
        Assert.NotNull(article.QuerySelector($".rail a[href='/photos/{gallery.Slug}']"));
        Assert.Empty(article.QuerySelectorAll($"a[href='/news/{gallery.Slug}']"));
    }

    [Fact]
    public async Task Feed_items_for_a_gallery_link_to_photos_and_carry_the_cover_with_its_credit()
    {
        var tag = await _galleries.Content.TagAsync("Feed Photos", TagKind.Topic);
        var gallery = await _galleries.GalleryAsync("Fed Night", TestGalleries.Items(await _galleries.PhotosAsync(2)), g => g with { TagSlugs = [tag] });

        foreach (var format in new[] { "rss", "atom" })
        {
            var feed = await FeedParser.ParseAsync(await server.Client.GetByteArrayAsync($"/tag/{tag}/{format}", TestContext.Current.CancellationToken));

            var item = Assert.Single(feed.GetProperty("items").EnumerateArray());
            Assert.Equal(new Uri(server.BaseAddress, $"/photos/{gallery.Slug}").ToString(), item.GetProperty("link").GetString());
            if (format == "rss")
            {
                Assert.StartsWith(server.BaseAddress + "media/", item.GetProperty("image").GetString(), StringComparison.Ordinal);
                Assert.Equal("Kevin Winter/Getty Images", item.GetProperty("credit").GetString());
            }
        }

        using var json = System.Text.Json.JsonDocument.Parse(await server.Client.GetStringAsync($"/tag/{tag}/feed.json", TestContext.Current.CancellationToken));
        Assert.Equal(new Uri(server.BaseAddress, $"/photos/{gallery.Slug}").ToString(), json.RootElement.GetProperty("items")[0].GetProperty("url").GetString());
    }

    [Fact]
    public async Task Off_the_site_an_embedded_gallery_is_a_plain_link_to_its_photos()
    {
        var tag = await _galleries.Content.TagAsync("Embed Feed", TagKind.Topic);
        var gallery = await _galleries.GalleryAsync("Linked Night", TestGalleries.Items(await _galleries.PhotosAsync(1)));
        await _galleries.Content.ArticleAsync("Story With Photos", tags: [tag], configure: s => s with { BodyMarkdown = $"Before.\n\n{{{{gallery {gallery.Slug}}}}}\n\nAfter." });

        using var json = System.Text.Json.JsonDocument.Parse(await server.Client.GetStringAsync($"/tag/{tag}/feed.json", TestContext.Current.CancellationToken));
        var html = json.RootElement.GetProperty("items")[0].GetProperty("content_html").GetString();

        Assert.Contains($"<p><a href=\"/photos/{gallery.Slug}\">See the photos</a></p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("marquee-gallery", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_gallery_sitemap_lists_each_gallery_with_every_photo_and_its_credit_and_the_index_names_it()
    {
        var photos = await _galleries.PhotosAsync(2);
        var gallery = await _galleries.GalleryAsync("Mapped Night", TestGalleries.Items(photos));

        var sitemap = await SitemapParser.ParseAsync(await server.Client.GetByteArrayAsync("/sitemap-galleries.xml", TestContext.Current.CancellationToken));
        var index = await SitemapParser.ParseAsync(await server.Client.GetByteArrayAsync("/sitemap.xml", TestContext.Current.CancellationToken));

        var entry = Assert.Single(sitemap.GetProperty("entries").EnumerateArray(), e => e.GetProperty("loc").GetString() == new Uri(server.BaseAddress, $"/photos/{gallery.Slug}").ToString());
        var images = entry.GetProperty("images").EnumerateArray().ToList();
        Assert.Equal(2, images.Count);
        Assert.Equal($"{photos[0].Caption} (Photo: Kevin Winter/Getty Images)", images[0].GetProperty("caption").GetString());
        Assert.Contains(index.GetProperty("entries").EnumerateArray(), e => e.GetProperty("loc").GetString() == new Uri(server.BaseAddress, "/sitemap-galleries.xml").ToString());
        foreach (var month in index.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("loc").GetString()!).Where(l => l.Contains("sitemap-articles-", StringComparison.Ordinal)))
        {
            var articles = await server.Client.GetStringAsync(month, TestContext.Current.CancellationToken);
            Assert.DoesNotContain(gallery.Slug, articles, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_channel_gallery_is_valid_anf_with_its_photos_as_a_gallery_component_each_credited()
    {
        await server.WriteAsync((services, ct) => services.GetRequiredService<SaveTag>().SaveAsync(new TagInput("apple-news", "Apple News", TagKind.Channel), ct));
        var photos = await _galleries.PhotosAsync(2);
        var gallery = await _galleries.GalleryAsync("Syndicated Night", [new(photos[0].Id, "Our caption"), new(photos[1].Id)], g => g with { TagSlugs = ["apple-news"] });

        var bytes = await server.Client.GetByteArrayAsync($"/api/apple-news/{gallery.Slug}", TestContext.Current.CancellationToken);

        Assert.Empty(await AnfValidator.ErrorsAsync(bytes));
        using var document = System.Text.Json.JsonDocument.Parse(bytes);
        var component = Assert.Single(document.RootElement.GetProperty("components").EnumerateArray(), c => c.GetProperty("role").GetString() == "gallery");
        var items = component.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["Our caption (Photo: Kevin Winter/Getty Images)", $"{photos[1].Caption} (Photo: Kevin Winter/Getty Images)"], items.Select(i => i.GetProperty("caption").GetString()));
        Assert.All(items, i => Assert.StartsWith(server.BaseAddress + "media/", i.GetProperty("URL").GetString(), StringComparison.Ordinal));
        Assert.Equal(new Uri(server.BaseAddress, $"/photos/{gallery.Slug}").ToString(), document.RootElement.GetProperty("metadata").GetProperty("canonicalURL").GetString());
    }
}
