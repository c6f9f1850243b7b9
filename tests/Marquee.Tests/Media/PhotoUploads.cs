using Marquee.Media.Ingest;
using Marquee.Media.Photos;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tests.Media;

/// <summary>Uploads through the media desk's own ingest service, as the newsroom page will, and waits for renditions.</summary>
public static class PhotoUploads
{
    public static PhotoMetadata Credited(double focalX = 0.5, double focalY = 0.5) => new()
    {
        Caption = "Pink performs at the American Music Awards",
        AltText = "A singer on a lit stage",
        Credit = "Kevin Winter/Getty Images",
        Keywords = ["AMAs", "Pink"],
        FocalX = focalX,
        FocalY = focalY,
        CreatedBy = "tests@marquee.test",
    };

    public static async Task<IngestResult> IngestAsync(MarqueeServer server, byte[] bytes, string fileName, PhotoMetadata? metadata = null)
    {
        await using var scope = server.Services.CreateAsyncScope();
        using var content = new MemoryStream(bytes);
        return await scope.ServiceProvider.GetRequiredService<PhotoIngest>().IngestAsync(content, fileName, metadata ?? Credited(), TestContext.Current.CancellationToken);
    }

    /// <summary>The photo as stored once its renditions are made; fails the test with the failure if they could not be.</summary>
    public static async Task<Photo> RenditionsMadeAsync(MarqueeServer server, long photoId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            await using var scope = server.Services.CreateAsyncScope();
            var photo = await scope.ServiceProvider.GetRequiredService<MarqueeDbContext>().Photos.SingleAsync(p => p.Id == photoId, TestContext.Current.CancellationToken);
            Assert.False(photo.RenditionsFailedForGood, photo.RenditionFailure);
            if (photo.RenditionsMadeAt is not null)
            {
                return photo;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Renditions of photo {photoId} were not made within 60 s");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Every file under the server's media folder with its size: proof that a refusal stored nothing.</summary>
    public static string MediaFolder(MarqueeServer server)
    {
        var folder = Path.Combine(server.DataPath, "media");
        return Directory.Exists(folder)
            ? string.Join('\n', Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order().Select(f => $"{f} {new FileInfo(f).Length}"))
            : "";
    }
}
