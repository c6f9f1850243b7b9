using Marquee.Content.Articles;
using Marquee.Newsroom.Staff;
using Marquee.Tests.Media;
using Marquee.Tests.Newsroom;

namespace Marquee.Tests.InlinePhotos;

/// <summary>A photo in a story's body is a use like any other: where-used, the "unused" filter and deletion say so, and the editor's preview shows it.</summary>
public sealed class InlinePhotoUseTests(NewsroomServer newsroom) : IClassFixture<NewsroomServer>
{
    private readonly MarqueeServer _server = newsroom.Server;

    private readonly TestInlinePhotos _photos = new(newsroom.Server);

    [Fact]
    public async Task An_inline_photo_is_listed_as_used_left_out_of_unused_and_not_deleted_naming_the_article()
    {
        var marker = $"InBody{Guid.NewGuid():n}"[..20];
        var photo = await _photos.PhotoAsync(marker);
        await _photos.Content.ArticleAsync("Holds It Inline", configure: s => s with { BodyMarkdown = $"Text.\n\n{TestInlinePhotos.Line(photo)}" });
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);

        await PhotoPages.AssertInUseAsync(_server, editor, photo.Id, marker, "Holds It Inline", "inline photo");
    }

    [Fact]
    public async Task A_restored_revision_brings_its_inline_photo_back_as_a_use()
    {
        var marker = $"Restored{Guid.NewGuid():n}"[..20];
        var photo = await _photos.PhotoAsync(marker);
        var driver = new NewsroomDriver(_server);
        var writer = NewsroomDriver.Person(StaffRole.Editor, "Rita Restorer");
        var first = await driver.DraftAsync(writer, "Photo Comes Back", a => a with { BodyMarkdown = $"Text.\n\n{TestInlinePhotos.Line(photo, "Back again")}" });
        var second = await driver.EditAsync(writer, first, a => a with { BodyMarkdown = "Text only." });
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        var whileRemoved = await editor.PageAsync($"/newsroom/photos?q={marker}&Filter=Unused");

        var restored = await driver.RestoreAsync(writer, second, 1);

        Assert.Single(whileRemoved.QuerySelectorAll("#library [data-photo-id]"));
        Assert.Equal("Photo Comes Back", (await editor.PageAsync($"/newsroom/photos?q={marker}")).Text($"#library [data-photo-id='{photo.Id}'] .nr-uses a"));
        Assert.Contains(TestInlinePhotos.Line(photo, "Back again"), (await driver.LoadAsync(restored.ArticleId)).Fields.BodyMarkdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_editors_live_preview_shows_the_photo_with_its_caption_and_credit()
    {
        var photo = await _photos.PhotoAsync($"Previewed {Guid.NewGuid():n}");
        using var writer = await StaffSession.SignInAsync(_server, StaffRole.Contributor);
        const string path = "/newsroom/articles/new";

        using var rendered = await writer.PostAsync($"{path}?handler=Render", new() { ["Body"] = $"Intro.\n\n{TestInlinePhotos.Line(photo, "In the preview")}" }, path);

        var preview = HtmlPage.Parse(await rendered.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.OK, rendered.StatusCode);
        Assert.Equal("In the preview", preview.Text("figure.inline-photo .caption"));
        Assert.Equal("Kevin Winter/Getty Images", preview.Text("figure.inline-photo .credit"));
        Assert.Contains(photo.ContentHash[..20], preview.QuerySelector("figure.inline-photo img")?.GetAttribute("src"), StringComparison.Ordinal);
    }
}
