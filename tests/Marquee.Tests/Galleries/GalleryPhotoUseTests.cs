using System.Net;
using Marquee.Newsroom.Staff;
using Marquee.Tests.Infrastructure;

namespace Marquee.Tests.Galleries;

/// <summary>A photo in a gallery counts as used: the library's where-used and "unused" filter say so, and deleting it is refused.</summary>
public sealed class GalleryPhotoUseTests(NewsroomServer newsroom) : IClassFixture<NewsroomServer>
{
    private readonly MarqueeServer _server = newsroom.Server;

    [Fact]
    public async Task A_gallery_photo_is_listed_as_used_left_out_of_unused_and_not_deleted()
    {
        var galleries = new TestGalleries(_server);
        var marker = $"InGallery{Guid.NewGuid():n}"[..20];
        var photo = await galleries.PhotoAsync(marker);
        await galleries.GalleryAsync("Holds The Photo", TestGalleries.Items([photo]));
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);

        var library = await editor.PageAsync($"/newsroom/photos?q={marker}");
        var unused = await editor.PageAsync($"/newsroom/photos?q={marker}&Filter=Unused");
        var before = _server.Database.Fingerprint();
        using var refused = await editor.PostAsync($"/newsroom/photos/{photo.Id}/delete", [], $"/newsroom/photos/{photo.Id}/delete");

        Assert.Equal("Holds The Photo", library.Text($"#library [data-photo-id='{photo.Id}'] .nr-uses a"));
        Assert.Empty(unused.QuerySelectorAll("#library [data-photo-id]"));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var message = HtmlPage.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Text(".nr-error[role=alert]");
        Assert.StartsWith($"Photo {photo.Id} is in use, so it cannot be deleted: gallery photo of \u201cHolds The Photo\u201d", message, StringComparison.Ordinal);
        Assert.Equal(before, _server.Database.Fingerprint());
    }
}
