using Marquee.Media.Photos;
using Marquee.Media.Renditions;
using Marquee.Newsroom.Staff;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;
using NetVips;

namespace Marquee.Tests.Media;

/// <summary>A photo's page in the newsroom: metadata saved into every page showing it, the focal point, where it is used, retries and deletion.</summary>
public sealed class PhotoPageTests(NewsroomServer newsroom) : IClassFixture<NewsroomServer>
{
    private readonly MarqueeServer _server = newsroom.Server;

    private const string Renders = "marquee.pages.renders";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Saving_metadata_evicts_the_cached_article_page_showing_the_photo_and_updates_its_copy()
    {
        var photo = await PhotoAsync(201);
        var article = await PhotoPages.ArticleWithPhotoAsync(_server, photo.Id);
        var path = $"/news/{article.Slug}";
        using var metrics = new PageMetricsListener(_server);
        Assert.Equal("Kevin Winter/Getty Images", (await HtmlPage.GetAsync(_server.Client, path)).Text("figure.feature .credit"));
        await HtmlPage.GetAsync(_server.Client, path);
        Assert.Equal(1, metrics.Count(Renders, "/news/{slug}"));
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);

        using var saved = await PhotoPages.SaveAsync(editor, photo.Id, new() { ["Credit"] = "Jamie McCarthy/Getty Images", ["Caption"] = "Pink on stage at the AMAs" });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var page = await HtmlPage.GetAsync(_server.Client, path);
        Assert.Equal(("Jamie McCarthy/Getty Images", "Pink on stage at the AMAs"), (page.Text("figure.feature .credit"), page.Text("figure.feature .caption")));
        Assert.NotNull(page.QuerySelector("figure.feature picture source[type='image/avif']"));
        Assert.Equal(2, metrics.Count(Renders, "/news/{slug}"));
        var stored = await TestContent.LoadAsync(_server, article.Slug);
        Assert.Equal(("Jamie McCarthy/Getty Images", "Pink on stage at the AMAs"), (stored.Image!.Credit, stored.Image.Caption));
    }

    [Fact]
    public async Task Credit_cannot_be_removed_while_a_published_article_uses_the_photo()
    {
        var photo = await PhotoAsync(202);
        var article = await PhotoPages.ArticleWithPhotoAsync(_server, photo.Id, "Credit Keeper");
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        // Background renditions of earlier photos write to the database; the fingerprint waits them out.
        await _server.RenditionsMadeAsync();
        var before = _server.Database.Fingerprint();

        using var refused = await PhotoPages.SaveAsync(editor, photo.Id, new() { ["Credit"] = "" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var message = HtmlPage.Parse(await refused.Content.ReadAsStringAsync(Token)).Text(".nr-error[role=alert]");
        Assert.StartsWith("Credit cannot be removed while published articles use this photo: feature image of \u201cCredit Keeper\u201d", message, StringComparison.Ordinal);
        Assert.Equal(before, _server.Database.Fingerprint());
        Assert.Equal("Kevin Winter/Getty Images", (await TestContent.LoadAsync(_server, article.Slug)).Image!.Credit);
    }

    [Fact]
    public async Task Moving_the_focal_point_makes_new_crops_around_it()
    {
        var stored = await PhotoUploads.IngestAsync(_server, TestImages.HalfBlackHalfWhite(1200, 400, seed: 203), "halves.png", PhotoUploads.Credited(focalX: 0.1));
        var before = await PhotoUploads.RenditionsMadeAsync(_server, stored.Photo!.Id);
        using var author = await StaffSession.SignInAsync(_server, StaffRole.Author);

        using var saved = await PhotoPages.SaveAsync(author, before.Id, new() { ["FocalX"] = "0.9", ["FocalY"] = "0.5" });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var after = await RemadeAsync(before);
        Assert.Equal((0.9, 0.5), (after.FocalX, after.FocalY));
        var crop = RenditionPlan.For(after, PhotoShape.Wide, RenditionFormat.Webp)[^1];
        Assert.NotEqual(RenditionPlan.For(before, PhotoShape.Wide, RenditionFormat.Webp)[^1].Name, crop.Name);
        using var served = Image.NewFromBuffer(await _server.Client.GetByteArrayAsync(crop.Url, Token));
        Assert.True(served.Avg() > 127, "the crop around a focal point on the white half is mostly white");
    }

    [Fact]
    public async Task The_page_lists_where_the_photo_is_used()
    {
        var photo = await PhotoAsync(204);
        var article = await PhotoPages.ArticleWithPhotoAsync(_server, photo.Id, "Where Used Story");
        var id = await new TestContent(_server).IdAsync(article);
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);

        var page = await editor.PageAsync($"/newsroom/photos/{photo.Id}");

        var use = page.QuerySelector("#where-used li a")!;
        Assert.Equal(("Where Used Story", $"/newsroom/articles/{id}"), (use.TextContent, use.GetAttribute("href")));
        Assert.Contains("feature image, published", page.Text("#where-used li"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_contributor_changes_only_photos_they_uploaded()
    {
        var photo = await PhotoAsync(205);
        using var contributor = await StaffSession.SignInAsync(_server, StaffRole.Contributor);
        // Background renditions of earlier photos write to the database; the fingerprint waits them out.
        await _server.RenditionsMadeAsync();
        var before = _server.Database.Fingerprint();

        using var refused = await PhotoPages.SaveAsync(contributor, photo.Id, new() { ["Credit"] = "Someone Else" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(before, _server.Database.Fingerprint());
        Assert.Null((await contributor.PageAsync($"/newsroom/photos/{photo.Id}")).QuerySelector("#save-photo"));
    }

    [Fact]
    public async Task Failed_renditions_are_shown_with_the_failure_and_a_retry_makes_them()
    {
        var photo = await PhotoAsync(206);
        await FailRenditionsAsync(photo.Id, "libvips ran out of memory");
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        var page = await editor.PageAsync($"/newsroom/photos/{photo.Id}");
        Assert.Equal("Failed (attempt 1): libvips ran out of memory", page.Text("#rendition-failure"));

        using var retried = await editor.PostAsync($"/newsroom/photos/{photo.Id}?handler=Retry", [], $"/newsroom/photos/{photo.Id}");

        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        var made = await PhotoUploads.RenditionsMadeAsync(_server, photo.Id);
        Assert.Null(made.RenditionFailure);
    }

    [Fact]
    public async Task Deleting_is_refused_while_an_article_uses_the_photo_and_names_it()
    {
        var photo = await PhotoAsync(207);
        await PhotoPages.ArticleWithPhotoAsync(_server, photo.Id, "Keeps Its Photo");
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        Assert.Equal("Keeps Its Photo", (await editor.PageAsync($"/newsroom/photos/{photo.Id}/delete")).Text("#where-used li a"));
        // Background renditions of earlier photos write to the database; the fingerprint waits them out.
        await _server.RenditionsMadeAsync();
        var before = (_server.Database.Fingerprint(), PhotoUploads.MediaFolder(_server));

        using var refused = await editor.PostAsync($"/newsroom/photos/{photo.Id}/delete", [], $"/newsroom/photos/{photo.Id}/delete");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var message = HtmlPage.Parse(await refused.Content.ReadAsStringAsync(Token)).Text(".nr-error[role=alert]");
        Assert.StartsWith($"Photo {photo.Id} is in use, so it cannot be deleted: feature image of \u201cKeeps Its Photo\u201d", message, StringComparison.Ordinal);
        Assert.Equal(before, (_server.Database.Fingerprint(), PhotoUploads.MediaFolder(_server)));
    }

    [Fact]
    public async Task Deleting_an_unused_photo_removes_its_row_renditions_and_original()
    {
        var photo = await PhotoAsync(208);
        var files = RenditionPlan.For(photo).Select(r => r.Name).Append(photo.OriginalKey).Select(key => Path.Combine(_server.DataPath, "media", key)).ToList();
        Assert.All(files, file => Assert.True(File.Exists(file), file));
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);

        using var deleted = await editor.PostAsync($"/newsroom/photos/{photo.Id}/delete", [], $"/newsroom/photos/{photo.Id}/delete");

        Assert.Equal((HttpStatusCode.Redirect, $"/newsroom/photos?deleted={photo.Id}"), (deleted.StatusCode, deleted.Headers.Location?.OriginalString));
        Assert.All(files, file => Assert.False(File.Exists(file), file));
        await using var scope = _server.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<MarqueeDbContext>().Photos.AnyAsync(p => p.Id == photo.Id, Token));
        using var gone = await editor.GetAsync($"/newsroom/photos/{photo.Id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    /// <summary>A credited photo of its own (the seed is unique in this class) with its renditions made.</summary>
    private async Task<Photo> PhotoAsync(int seed)
    {
        var stored = await PhotoUploads.IngestAsync(_server, TestImages.Encoded("jpg", 800, 600, seed: seed), $"photo-{seed}.jpg");
        return await PhotoUploads.RenditionsMadeAsync(_server, stored.Photo!.Id);
    }

    /// <summary>The photo once its renditions were made again after <paramref name="before"/>'s.</summary>
    private async Task<Photo> RemadeAsync(Photo before)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var photo = await PhotoUploads.RenditionsMadeAsync(_server, before.Id);
            if (photo.RenditionsMadeAt > before.RenditionsMadeAt)
            {
                return photo;
            }

            Assert.True(DateTime.UtcNow < deadline, "the renditions were not made again within 60 s");
            await Task.Delay(100, Token);
        }
    }

    /// <summary>As the worker records a failure: nothing made, the reason kept.</summary>
    private async Task FailRenditionsAsync(long id, string failure)
    {
        await using var scope = _server.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MarqueeDbContext>().Photos.Where(p => p.Id == id)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.RenditionsMadeAt, (DateTime?)null).SetProperty(x => x.RenditionFailure, failure).SetProperty(x => x.RenditionAttempts, 1).SetProperty(x => x.RenditionsDueAt, (DateTime?)null), Token);
    }
}
