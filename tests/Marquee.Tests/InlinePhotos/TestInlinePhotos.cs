using Marquee.Media.Photos;
using Marquee.Storage;
using Marquee.Tests.Galleries;
using Marquee.Tests.Media;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tests.InlinePhotos;

/// <summary>Arranges stories with {{photo N}} lines through the product's own ingest and save, the photos' renditions made first.</summary>
public sealed class TestInlinePhotos(MarqueeServer server)
{
    private readonly TestGalleries _galleries = new(server);

    public TestContent Content => _galleries.Content;

    /// <summary>A library photo (unique bytes, credited, with alt text unless <paramref name="metadata"/> says otherwise) whose renditions are made.</summary>
    public async Task<Photo> PhotoAsync(string caption, PhotoMetadata? metadata = null) =>
        await PhotoUploads.RenditionsMadeAsync(server, (await _galleries.PhotoAsync(caption, metadata)).Id);

    /// <summary>Sets a photo's licence end as the newsroom would have, without evicting anything: the expiry job must.</summary>
    public Task ExpiresAtAsync(Photo photo, DateTime at) =>
        server.WriteAsync((services, ct) => services.GetRequiredService<MarqueeDbContext>().Photos.Where(p => p.Id == photo.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.LicenceExpiresAt, at), ct));

    /// <summary>Leaves a photo without renditions, as a failed worker does (and never pending, so no test waits for it).</summary>
    public Task FailRenditionsAsync(Photo photo) =>
        server.WriteAsync((services, ct) => services.GetRequiredService<MarqueeDbContext>().Photos.Where(p => p.Id == photo.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.RenditionsMadeAt, (DateTime?)null).SetProperty(p => p.RenditionFailure, "failed in a test"), ct));

    /// <summary>The body line that embeds <paramref name="photo"/>, with a caption override when given.</summary>
    public static string Line(Photo photo, string? caption = null) => caption is null ? $"{{{{photo {photo.Id}}}}}" : $"{{{{photo {photo.Id} \"{caption}\"}}}}";
}
