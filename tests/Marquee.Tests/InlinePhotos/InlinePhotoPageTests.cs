using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Media.Photos;
using Marquee.Storage;
using Marquee.Tests.Media;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tests.InlinePhotos;

/// <summary>A {{photo N}} line in a story: a credited figure between paragraphs while the photo may be shown, else nothing at all; refused at save when wrong.</summary>
public sealed class InlinePhotoPageTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private const string Hostile = "<script>alert(1)</script> Kelly & \"friends\" <img src=x onerror=alert(2)>";

    private readonly TestInlinePhotos _photos = new(server);

    [Fact]
    public async Task An_inline_photo_is_a_lazy_picture_with_the_encoded_caption_override_and_the_credit_between_paragraphs()
    {
        var photo = await _photos.PhotoAsync($"Kelly Clarkson at the 2017 AMAs {Guid.NewGuid():n}");
        var story = await _photos.Content.ArticleAsync("Inline Night", configure: s => s with { BodyMarkdown = $"Before.\n\n{TestInlinePhotos.Line(photo, Hostile)}\n\nAfter." });

        var page = await HtmlPage.GetAsync(server.Client, $"/news/{story.Slug}");

        var figure = Assert.Single(page.QuerySelectorAll(".body figure.inline-photo"));
        Assert.Equal(Hostile, figure.QuerySelector("figcaption .caption")?.TextContent);
        Assert.Equal("Kevin Winter/Getty Images", figure.QuerySelector("figcaption .credit")?.TextContent);
        var image = figure.QuerySelector("picture img")!;
        Assert.Contains(photo.ContentHash[..20], image.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal("lazy", image.GetAttribute("loading"));
        Assert.Equal(photo.AltText, image.GetAttribute("alt"));
        Assert.Empty(page.QuerySelectorAll(".body script, .body img[onerror]"));
        Assert.Equal(["Before.", "After."], page.QuerySelectorAll(".body > p").Select(p => p.TextContent));
    }

    [Fact]
    public async Task Without_an_override_the_photos_caption_shows_and_lookalikes_stay_text_or_are_dropped()
    {
        var photo = await _photos.PhotoAsync($"Own caption {Guid.NewGuid():n}");
        var body = $"{TestInlinePhotos.Line(photo)}\n\nInline {TestInlinePhotos.Line(photo)} stays text.\n\n<marquee-photo photo=\"{photo.Id}\" caption=\"typed\"></marquee-photo>\n\n    {TestInlinePhotos.Line(photo)}";
        var story = await _photos.Content.ArticleAsync("Lookalike Photos", configure: s => s with { BodyMarkdown = body });

        var page = await HtmlPage.GetAsync(server.Client, $"/news/{story.Slug}");

        var figure = Assert.Single(page.QuerySelectorAll(".body figure"));
        Assert.Equal(photo.Caption, figure.QuerySelector(".caption")?.TextContent);
        Assert.Contains($"Inline {TestInlinePhotos.Line(photo)} stays text", page.Text(".body"), StringComparison.Ordinal);
        Assert.DoesNotContain("typed", page.Text(".body"), StringComparison.Ordinal);
        Assert.StartsWith("Inline {{photo", (await TestContent.LoadAsync(server, story.Slug)).Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_or_expired_photo_leaves_no_figure_and_the_layout_intact()
    {
        var failed = await _photos.PhotoAsync($"Never rendered {Guid.NewGuid():n}");
        var expired = await _photos.PhotoAsync($"Licence over {Guid.NewGuid():n}");
        await _photos.FailRenditionsAsync(failed);
        await _photos.ExpiresAtAsync(expired, DateTime.UtcNow.AddDays(-1));
        var story = await _photos.Content.ArticleAsync("Nothing To Show", configure: s => s with { BodyMarkdown = $"First.\n\n{TestInlinePhotos.Line(failed)}\n\n{TestInlinePhotos.Line(expired, "Gone")}\n\nLast." });

        var page = await HtmlPage.GetAsync(server.Client, $"/news/{story.Slug}");

        Assert.Empty(page.QuerySelectorAll(".body figure, .body picture, .body img, .body marquee-photo"));
        Assert.Equal(["First.", "Last."], page.QuerySelectorAll(".body > p").Select(p => p.TextContent));
    }

    [Fact]
    public async Task An_unknown_photo_number_is_refused_at_save_naming_the_line_and_nothing_is_saved()
    {
        var headline = $"Unknown Photo {Guid.NewGuid():n}";
        await server.RenditionsMadeAsync(); // a rendition finishing between the fingerprints would write
        var before = server.Database.Fingerprint();

        var refused = await Assert.ThrowsAsync<ContentValidationException>(() =>
            _photos.Content.ArticleAsync(headline, configure: s => s with { BodyMarkdown = "Intro.\n\nMore.\n\n{{photo 987654321}}\n" }));

        Assert.Equal("line 5 embeds photo 987654321 ({{photo 987654321}}), but the media library has no photo 987654321", refused.Message);
        Assert.Equal(before, server.Database.Fingerprint());
    }

    [Fact]
    public async Task A_line_that_starts_like_an_embed_but_is_not_one_is_refused_naming_the_line()
    {
        var photo = await _photos.PhotoAsync($"Formatted caption {Guid.NewGuid():n}");

        var refused = await Assert.ThrowsAsync<ContentValidationException>(() =>
            _photos.Content.ArticleAsync("Bad Embed", configure: s => s with { BodyMarkdown = $"Intro.\n\n{{{{photo {photo.Id} \"two\nlines\"}}}}\n" }));

        Assert.StartsWith("line 3 is not a photo embed: write {{photo NUMBER}}", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_with_an_inline_photo_lacking_a_credit_is_refused_naming_the_photo_while_a_draft_saves()
    {
        var photo = await _photos.PhotoAsync($"Uncredited {Guid.NewGuid():n}", PhotoUploads.Credited() with { Credit = null });
        var body = $"Intro.\n\n{TestInlinePhotos.Line(photo)}\n";
        var draft = await _photos.Content.ArticleAsync("Draft With Photo", configure: s => s with { BodyMarkdown = body, Status = ArticleStatus.Draft, PublishedAt = null });

        var refused = await Assert.ThrowsAsync<ContentValidationException>(() =>
            _photos.Content.SaveAsync(draft with { Status = ArticleStatus.Published, PublishedAt = DateTime.UtcNow.AddHours(1) }));

        Assert.Equal($"the inline photo on line 3, photo {photo.Id} (\"{photo.Caption}\"), has no credit: add it on the photo's page before publishing or scheduling", refused.Message);
        Assert.Equal(ArticleStatus.Draft, (await TestContent.LoadAsync(server, draft.Slug)).Status);
    }

    [Fact]
    public async Task The_article_links_exactly_the_photos_its_body_embeds_after_every_save()
    {
        var kept = await _photos.PhotoAsync($"Kept {Guid.NewGuid():n}");
        var dropped = await _photos.PhotoAsync($"Dropped {Guid.NewGuid():n}");
        var story = await _photos.Content.ArticleAsync("Relinked", configure: s => s with { BodyMarkdown = $"{TestInlinePhotos.Line(kept)}\n\n{TestInlinePhotos.Line(dropped)}\n\n{TestInlinePhotos.Line(kept, "again")}" });
        var first = await LinkedAsync(story);

        await _photos.Content.SaveAsync(story with { BodyMarkdown = $"Now only {TestInlinePhotos.Line(dropped)} in text.\n\n{TestInlinePhotos.Line(kept)}" });

        Assert.Equal([kept.Id, dropped.Id], first);
        Assert.Equal([kept.Id], await LinkedAsync(story));
    }

    private async Task<IReadOnlyList<long>> LinkedAsync(ArticleInput story)
    {
        var id = await _photos.Content.IdAsync(story);
        return await server.WriteAsync(async (services, ct) => (IReadOnlyList<long>)await services.GetRequiredService<MarqueeDbContext>().Set<Marquee.Content.Photos.InlinePhoto>()
            .Where(i => i.ArticleId == id).Select(i => i.PhotoId).OrderBy(p => p).ToListAsync(ct));
    }
}
