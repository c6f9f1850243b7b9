using System.Text.Json;
using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Content.Galleries;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tests.Galleries;

/// <summary>A line {{gallery SLUG}} in a story: a card resolved when the page renders, following the gallery's changes through the page cache.</summary>
public sealed class GalleryEmbedTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private readonly TestGalleries _galleries = new(server);

    [Fact]
    public async Task An_embedded_gallery_is_a_card_with_cover_title_count_and_link_in_the_story()
    {
        var photos = await _galleries.PhotosAsync(2);
        var gallery = await _galleries.GalleryAsync("Embedded Night", TestGalleries.Items(photos));
        var story = await _galleries.Content.ArticleAsync("The Story Around It", configure: s => s with { BodyMarkdown = $"Before.\n\n{{{{gallery {gallery.Slug}}}}}\n\nAfter." });

        var page = await HtmlPage.GetAsync(server.Client, $"/news/{story.Slug}");

        var card = page.QuerySelector(".body .gallery-card")!;
        Assert.Equal($"/photos/{gallery.Slug}", card.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("Embedded Night", card.QuerySelector(".gallery-card-title")?.TextContent);
        Assert.Equal("Photos · 2", card.QuerySelector(".marker")?.TextContent);
        Assert.Contains(photos[0].ContentHash[..20], card.QuerySelector("img")?.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal(["Before.", "After."], page.QuerySelectorAll(".body > p").Select(p => p.TextContent));
    }

    [Fact]
    public async Task The_card_follows_a_new_cover_and_disappears_when_the_gallery_is_taken_down_on_the_cached_page()
    {
        var photos = await _galleries.PhotosAsync(2);
        var gallery = await _galleries.GalleryAsync("Changing Night", TestGalleries.Items(photos));
        var story = await _galleries.Content.ArticleAsync("The Story That Embeds", configure: s => s with { BodyMarkdown = $"{{{{gallery {gallery.Slug}}}}}" });
        var path = $"/news/{story.Slug}";
        Assert.Contains(photos[0].ContentHash[..20], (await HtmlPage.GetAsync(server.Client, path)).QuerySelector(".gallery-card img")?.GetAttribute("src"), StringComparison.Ordinal);

        await _galleries.Content.SaveAsync(gallery with { GalleryItems = [new GalleryItemInput(photos[0].Id), new GalleryItemInput(photos[1].Id, IsCover: true)] });
        var recovered = await HtmlPage.GetAsync(server.Client, path);
        Assert.Contains(photos[1].ContentHash[..20], recovered.QuerySelector(".gallery-card img")?.GetAttribute("src"), StringComparison.Ordinal);

        await _galleries.Content.SaveAsync(gallery with { Status = ArticleStatus.Unpublished });
        var withoutCard = await HtmlPage.GetAsync(server.Client, path);
        Assert.Null(withoutCard.QuerySelector(".gallery-card"));
    }

    [Fact]
    public async Task A_renamed_gallery_keeps_its_card_on_the_cached_story_at_its_new_url_and_the_feed_links_it_there()
    {
        var tag = await _galleries.Content.TagAsync("Embeds Only");
        var gallery = await _galleries.GalleryAsync("Moving Night", TestGalleries.Items(await _galleries.PhotosAsync(1)));
        var story = await _galleries.Content.ArticleAsync("The Story Before The Rename", tags: [tag], configure: s => s with { BodyMarkdown = $"{{{{gallery {gallery.Slug}}}}}" });
        var path = $"/news/{story.Slug}";
        var feedPath = $"/tag/{tag}/feed.json";
        Assert.Equal($"/photos/{gallery.Slug}", (await HtmlPage.GetAsync(server.Client, path)).QuerySelector(".gallery-card a")?.GetAttribute("href"));
        Assert.Contains($"href=\"/photos/{gallery.Slug}\"", await FeedBodyAsync(feedPath, story.Headline), StringComparison.Ordinal);

        var renamed = gallery with { Slug = TestContent.UniqueSlug("moved-night") };
        await _galleries.Content.SaveAsync(renamed);

        var card = (await HtmlPage.GetAsync(server.Client, path)).QuerySelector(".gallery-card");
        Assert.Equal($"/photos/{renamed.Slug}", card?.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("Moving Night", card?.QuerySelector(".gallery-card-title")?.TextContent);
        Assert.Contains($"href=\"/photos/{renamed.Slug}\"", await FeedBodyAsync(feedPath, story.Headline), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_story_naming_a_renamed_gallery_by_its_old_slug_saves_and_follows_another_gallery_that_takes_the_slug()
    {
        var first = await _galleries.GalleryAsync("First Owner", TestGalleries.Items(await _galleries.PhotosAsync(1)));
        var story = await _galleries.Content.ArticleAsync("The Story Naming An Old Slug", configure: s => s with { BodyMarkdown = $"{{{{gallery {first.Slug}}}}}" });
        await _galleries.Content.SaveAsync(first with { Slug = TestContent.UniqueSlug("first-owner-moved") });
        Assert.Equal(SaveOutcome.Updated, await _galleries.Content.SaveAsync(story with { Headline = "The Story Saved After The Rename" }));
        var path = $"/news/{story.Slug}";
        Assert.Equal("First Owner", (await HtmlPage.GetAsync(server.Client, path)).Text(".gallery-card-title"));

        await _galleries.GalleryAsync("Second Owner", TestGalleries.Items(await _galleries.PhotosAsync(1)), g => g with { Slug = first.Slug });

        var card = (await HtmlPage.GetAsync(server.Client, path)).QuerySelector(".gallery-card");
        Assert.Equal("Second Owner", card?.QuerySelector(".gallery-card-title")?.TextContent);
        Assert.Equal($"/photos/{first.Slug}", card?.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_body_embedding_an_unknown_gallery_is_refused_naming_the_slug_and_nothing_is_saved()
    {
        var headline = $"Embeds Nothing {Guid.NewGuid():n}";

        var refused = await Assert.ThrowsAsync<ContentValidationException>(() =>
            _galleries.Content.ArticleAsync(headline, configure: s => s with { BodyMarkdown = "Look:\n\n{{gallery no-such-gallery}}\n" }));

        Assert.Contains("'no-such-gallery'", refused.Message, StringComparison.Ordinal);
        Assert.False(await server.WriteAsync((services, ct) => services.GetRequiredService<MarqueeDbContext>().Articles.AnyAsync(a => a.Headline == headline, ct)));
    }

    [Fact]
    public async Task Only_a_line_of_its_own_embeds_and_raw_placeholder_markup_in_a_body_is_dropped_by_the_sanitiser()
    {
        var gallery = await _galleries.GalleryAsync("Not Really Embedded", TestGalleries.Items(await _galleries.PhotosAsync(1)));
        var body = $"Inline {{{{gallery {gallery.Slug}}}}} stays text.\n\n<marquee-gallery slug=\"{gallery.Slug}\"></marquee-gallery>\n\n    {{{{gallery {gallery.Slug}}}}}";
        var story = await _galleries.Content.ArticleAsync("Lookalikes", configure: s => s with { BodyMarkdown = body });

        var page = await HtmlPage.GetAsync(server.Client, $"/news/{story.Slug}");

        Assert.Null(page.QuerySelector(".gallery-card"));
        Assert.Contains($"{{{{gallery {gallery.Slug}}}}} stays text", page.Text(".body"), StringComparison.Ordinal);
    }

    /// <summary>A story's body as a JSON feed carries it.</summary>
    private async Task<string> FeedBodyAsync(string feedPath, string headline)
    {
        using var feed = JsonDocument.Parse(await server.Client.GetStringAsync(feedPath, TestContext.Current.CancellationToken));
        return feed.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == headline).GetProperty("content_html").GetString()!;
    }
}
