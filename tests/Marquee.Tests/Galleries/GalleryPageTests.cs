using System.Text.Json;
using Marquee.Content.Galleries;

namespace Marquee.Tests.Galleries;

/// <summary>A gallery's public pages over real HTTP: one photo per URL, links that need no script, the grid, expiry, structured data.</summary>
public sealed class GalleryPageTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private readonly TestGalleries _galleries = new(server);

    [Fact]
    public async Task Photo_n_has_its_own_url_with_position_caption_override_credit_and_plain_links_either_side()
    {
        var photos = await _galleries.PhotosAsync(3);
        var author = await _galleries.Content.AuthorAsync("Gallery Writer");
        var gallery = await _galleries.GalleryAsync(
            "Night in Pictures",
            [new GalleryItemInput(photos[0].Id), new GalleryItemInput(photos[1].Id, "The gallery's own words"), new GalleryItemInput(photos[2].Id)],
            g => g with { Dek = "Three frames.", AuthorSlugs = [author] });

        var second = await HtmlPage.GetAsync(server.Client, $"/photos/{gallery.Slug}/2");

        Assert.Equal("2 of 3", second.Text("#position"));
        Assert.Equal("The gallery's own words", second.Text("#photo .caption"));
        Assert.Equal("Kevin Winter/Getty Images", second.Text("#photo .credit"));
        Assert.Equal($"/photos/{gallery.Slug}", second.QuerySelector("a#previous")?.GetAttribute("href"));
        Assert.Equal($"/photos/{gallery.Slug}/3", second.QuerySelector("a#next")?.GetAttribute("href"));
        Assert.Equal("Three frames.", second.Text(".dek"));
        Assert.Contains("Gallery Writer", second.Text(".byline"), StringComparison.Ordinal);
        Assert.Equal("eager", second.QuerySelector("#photo img")?.GetAttribute("loading"));
        Assert.Equal(photos[1].AltText, second.QuerySelector("#photo img")?.GetAttribute("alt"));
        var first = await HtmlPage.GetAsync(server.Client, $"/photos/{gallery.Slug}");
        Assert.Equal("1 of 3", first.Text("#position"));
        Assert.Equal(photos[0].Caption, first.Text("#photo .caption"));
        Assert.Null(first.QuerySelector("a#previous"));
        var last = await HtmlPage.GetAsync(server.Client, $"/photos/{gallery.Slug}/3");
        Assert.Null(last.QuerySelector("a#next"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("4")]
    [InlineData("99")]
    public async Task A_photo_number_outside_the_gallery_is_not_found(string n)
    {
        var gallery = await _galleries.GalleryAsync("Out of Range", TestGalleries.Items(await _galleries.PhotosAsync(3)));

        using var response = await server.Client.GetAsync($"/photos/{gallery.Slug}/{n}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_grid_shows_every_photo_linking_to_its_own_page_the_first_loaded_at_once()
    {
        var photos = await _galleries.PhotosAsync(3);
        var gallery = await _galleries.GalleryAsync("Grid Night", TestGalleries.Items(photos));

        var grid = await HtmlPage.GetAsync(server.Client, $"/photos/{gallery.Slug}/all");

        Assert.Equal([$"/photos/{gallery.Slug}", $"/photos/{gallery.Slug}/2", $"/photos/{gallery.Slug}/3"], grid.QuerySelectorAll("#grid a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["eager", "lazy", "lazy"], grid.QuerySelectorAll("#grid img").Select(i => i.GetAttribute("loading")));
        Assert.Equal(photos.Select(p => p.Caption), grid.QuerySelectorAll("#grid .caption").Select(c => c.TextContent));
    }

    [Fact]
    public async Task A_photo_whose_licence_ended_is_skipped_and_the_rest_renumbered_on_the_cached_pages_too()
    {
        var photos = await _galleries.PhotosAsync(3);
        var gallery = await _galleries.GalleryAsync("Expiring Night", TestGalleries.Items(photos));
        Assert.Equal("2 of 3", (await HtmlPage.GetAsync(server.Client, $"/photos/{gallery.Slug}/2")).Text("#position"));

        await _galleries.ExpireAsync(photos[1]);
        await EvictPhotoAsync(photos[1].Id);

        var second = await HtmlPage.GetAsync(server.Client, $"/photos/{gallery.Slug}/2");
        Assert.Equal("2 of 2", second.Text("#position"));
        Assert.Equal(photos[2].Caption, second.Text("#photo .caption"));
        using var third = await server.Client.GetAsync($"/photos/{gallery.Slug}/3", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, third.StatusCode);
        var grid = await HtmlPage.GetAsync(server.Client, $"/photos/{gallery.Slug}/all");
        Assert.DoesNotContain(grid.QuerySelectorAll("#grid img"), img => img.GetAttribute("alt") == photos[1].AltText && img.GetAttribute("src")!.Contains(photos[1].ContentHash[..20], StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_gallery_slug_under_news_moves_permanently_to_photos()
    {
        var gallery = await _galleries.GalleryAsync("Moved Night", TestGalleries.Items(await _galleries.PhotosAsync(1)));

        using var response = await server.Client.GetAsync($"/news/{gallery.Slug}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/photos/{gallery.Slug}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_story_slug_under_photos_moves_to_news_and_an_unknown_one_is_not_found()
    {
        var story = await _galleries.Content.ArticleAsync("Just a Story");

        using var moved = await server.Client.GetAsync($"/photos/{story.Slug}", TestContext.Current.CancellationToken);
        using var unknown = await server.Client.GetAsync("/photos/no-such-gallery-anywhere", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal($"/news/{story.Slug}", moved.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_page_describes_the_gallery_as_an_ImageGallery_with_each_photo_credited()
    {
        var photos = await _galleries.PhotosAsync(2);
        var gallery = await _galleries.GalleryAsync("Structured \"Night\" </script>", TestGalleries.Items(photos));

        var page = await HtmlPage.GetAsync(server.Client, $"/photos/{gallery.Slug}");

        var scripts = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement.Clone()).ToList();
        var node = Assert.Single(scripts, s => s.GetProperty("@type").GetString() == "ImageGallery");
        Assert.DoesNotContain(scripts, s => s.GetProperty("@type").GetString() == "NewsArticle");
        Assert.Equal("Structured \"Night\" </script>", node.GetProperty("name").GetString());
        Assert.Equal(new Uri(server.BaseAddress, $"/photos/{gallery.Slug}").ToString(), node.GetProperty("url").GetString());
        var media = node.GetProperty("associatedMedia").EnumerateArray().ToList();
        Assert.Equal(2, media.Count);
        Assert.All(media, m =>
        {
            Assert.Equal("ImageObject", m.GetProperty("@type").GetString());
            Assert.Equal("Kevin Winter/Getty Images", m.GetProperty("creditText").GetString());
            Assert.StartsWith(server.BaseAddress + "media/", m.GetProperty("contentUrl").GetString(), StringComparison.Ordinal);
        });
        Assert.Equal(photos[0].Caption, media[0].GetProperty("caption").GetString());
    }

    [Fact]
    public async Task A_draft_galleries_preview_link_shows_its_photos_with_their_credits()
    {
        var photos = await _galleries.PhotosAsync(2);
        var draft = await _galleries.GalleryAsync("Previewed Night", TestGalleries.Items(photos), g => g with { Status = Marquee.Content.Articles.ArticleStatus.Draft, PublishedAt = null });
        var link = server.Services.GetRequiredService<Marquee.Content.Previews.PreviewLinks>().Create(await _galleries.Content.IdAsync(draft), TimeSpan.FromHours(1));

        var preview = await HtmlPage.GetAsync(server.Client, link.Path);

        Assert.Equal(photos.Select(p => p.Caption), preview.QuerySelectorAll("#preview-photos .caption").Select(c => c.TextContent));
        Assert.Equal(["Kevin Winter/Getty Images", "Kevin Winter/Getty Images"], preview.QuerySelectorAll("#preview-photos .credit").Select(c => c.TextContent));
    }

    /// <summary>What the media library does when a licence ends or metadata changes: evict every page tagged with the photo.</summary>
    private Task<int> EvictPhotoAsync(long photoId) =>
        server.WriteAsync((services, _) =>
        {
            services.GetRequiredService<Marquee.Platform.Caching.ContentChanges>().Touch(Marquee.Platform.Caching.CacheTags.Photo(photoId));
            return Task.FromResult(0);
        });
}
