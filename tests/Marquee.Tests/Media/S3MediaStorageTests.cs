using Marquee.Media.Renditions;
using NetVips;

namespace Marquee.Tests.Media;

/// <summary>With Marquee:Media:S3 set, originals and renditions go to the bucket over real HTTP (npm's s3rver) and are served from it.</summary>
public sealed class S3MediaStorageTests : IAsyncLifetime
{
    private readonly S3rverProcess _s3 = new();
    private readonly MarqueeServer _server = new();

    public async ValueTask InitializeAsync()
    {
        await _s3.StartAsync();
        foreach (var (key, value) in _s3.Settings)
        {
            _server.Settings[key] = value;
        }

        await _server.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        await _s3.DisposeAsync();
    }

    [Fact]
    public async Task Original_and_renditions_are_stored_in_the_bucket_and_served_from_it()
    {
        var stored = await PhotoUploads.IngestAsync(_server, TestImages.Encoded("jpg", 700, 400, seed: 21), "bucket.jpg");
        var photo = await PhotoUploads.RenditionsMadeAsync(_server, stored.Photo!.Id);

        var expected = RenditionPlan.For(photo).Select(r => r.Name).Append(photo.OriginalKey).Order();
        Assert.Equal(expected, _s3.Keys());
        Assert.False(Directory.Exists(Path.Combine(_server.DataPath, "media")));
        var webp = RenditionPlan.For(photo, PhotoShape.Original, RenditionFormat.Webp)[^1];
        using var response = await _server.Client.GetAsync(webp.Url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/webp", response.Content.Headers.ContentType?.MediaType);
        using var served = Image.NewFromBuffer(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(webp.Width, served.Width);
    }

    [Fact]
    public async Task A_rendition_missing_from_the_bucket_is_a_404()
    {
        using var response = await _server.Client.GetAsync("/media/00000000000000000000-320.jpg", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
