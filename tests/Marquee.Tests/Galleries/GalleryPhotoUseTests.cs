using Marquee.Newsroom.Staff;
using Marquee.Tests.Media;

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

        await PhotoPages.AssertInUseAsync(_server, editor, photo.Id, marker, "Holds The Photo", "gallery photo");
    }
}
