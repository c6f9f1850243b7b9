using Marquee.Content.Articles;
using Marquee.Content.Galleries;
using Marquee.Media.Photos;
using Marquee.Storage;
using Marquee.Tests.Media;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tests.Galleries;

/// <summary>Arranges galleries through the product's own ingest and save: photos with unique bytes, then a published gallery article.</summary>
public sealed class TestGalleries(MarqueeServer server)
{
    private static int _seed = Environment.ProcessId * 1000;

    public TestContent Content { get; } = new(server);

    /// <summary>A new library photo (unique bytes) with the given caption; credited with alt text unless <paramref name="metadata"/> says otherwise.</summary>
    public async Task<Photo> PhotoAsync(string caption, PhotoMetadata? metadata = null)
    {
        var bytes = TestImages.Encoded("png", 480, 320, Interlocked.Increment(ref _seed));
        var result = await PhotoUploads.IngestAsync(server, bytes, $"{caption}.png", (metadata ?? PhotoUploads.Credited()) with { Caption = caption });
        return result.Photo ?? throw new Xunit.Sdk.XunitException(result.Refusal);
    }

    /// <summary>Photos captioned "Photo 1" … "Photo n".</summary>
    public async Task<IReadOnlyList<Photo>> PhotosAsync(int count)
    {
        var photos = new List<Photo>();
        for (var i = 1; i <= count; i++)
        {
            photos.Add(await PhotoAsync($"Photo {i} {Guid.NewGuid():n}"));
        }

        return photos;
    }

    /// <summary>A published gallery of <paramref name="items"/>; <paramref name="configure"/> adjusts anything else.</summary>
    public Task<ArticleInput> GalleryAsync(string headline, IReadOnlyList<GalleryItemInput> items, Func<ArticleInput, ArticleInput>? configure = null) =>
        Content.ArticleAsync(headline, configure: input => (configure ?? (i => i))(input with { Kind = ArticleKind.Gallery, GalleryItems = items }));

    public static IReadOnlyList<GalleryItemInput> Items(IEnumerable<Photo> photos) => [.. photos.Select(p => new GalleryItemInput(p.Id))];

    /// <summary>Ends a photo's licence a second ago, as time passing would.</summary>
    public Task ExpireAsync(Photo photo) =>
        server.WriteAsync((services, ct) => services.GetRequiredService<MarqueeDbContext>().Photos.Where(p => p.Id == photo.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.LicenceExpiresAt, DateTime.UtcNow.AddSeconds(-1)), ct));
}
