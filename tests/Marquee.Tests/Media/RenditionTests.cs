using Marquee.Media.Photos;
using Marquee.Media.Renditions;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;
using NetVips;

namespace Marquee.Tests.Media;

/// <summary>Renditions are made in the background at every width up to the original's, in AVIF, WebP and JPEG, and served immutable.</summary>
public sealed class RenditionTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    [Fact]
    public async Task Every_width_up_to_the_original_is_served_in_each_format_and_never_upscaled()
    {
        var stored = await PhotoUploads.IngestAsync(server, TestImages.Encoded("jpg", 1000, 750, seed: 11), "wide.jpg");
        var photo = await PhotoUploads.RenditionsMadeAsync(server, stored.Photo!.Id);

        var originals = RenditionPlan.For(photo).Where(r => r.Shape == PhotoShape.Original).ToList();

        Assert.Equal([320, 640, 960], originals.Select(r => r.Width).Distinct());
        foreach (var rendition in originals)
        {
            using var response = await server.Client.GetAsync(rendition.Url, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(rendition.Format.ContentType, response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
            using var served = Image.NewFromBuffer(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
            Assert.Equal((rendition.Width, rendition.Height), (served.Width, served.Height));
            Assert.StartsWith(rendition.Format == RenditionFormat.Jpeg ? "jpegload" : rendition.Format == RenditionFormat.Webp ? "webpload" : "heifload", (string)served.Get("vips-loader"));
        }
    }

    [Fact]
    public async Task A_photo_smaller_than_the_smallest_width_keeps_its_own_width()
    {
        var stored = await PhotoUploads.IngestAsync(server, TestImages.Encoded("png", 200, 100, seed: 12), "small.png");
        var photo = await PhotoUploads.RenditionsMadeAsync(server, stored.Photo!.Id);

        var jpeg = Assert.Single(RenditionPlan.For(photo, PhotoShape.Original, RenditionFormat.Jpeg));
        using var served = Image.NewFromBuffer(await server.Client.GetByteArrayAsync(jpeg.Url, TestContext.Current.CancellationToken));
        Assert.Equal((200, 100), (served.Width, served.Height));
    }

    [Theory]
    [InlineData(0.9, true)]
    [InlineData(0.1, false)]
    public async Task Crops_are_cut_around_the_focal_point(double focalX, bool expectWhite)
    {
        var bytes = TestImages.HalfBlackHalfWhite(1200, 400, seed: expectWhite ? 1 : 2);
        var stored = await PhotoUploads.IngestAsync(server, bytes, "halves.png", PhotoUploads.Credited(focalX: focalX));
        var photo = await PhotoUploads.RenditionsMadeAsync(server, stored.Photo!.Id);

        foreach (var shape in new[] { PhotoShape.Square, PhotoShape.Wide })
        {
            var crop = RenditionPlan.For(photo, shape, RenditionFormat.Webp)[^1];
            using var served = Image.NewFromBuffer(await server.Client.GetByteArrayAsync(crop.Url, TestContext.Current.CancellationToken));
            Assert.Equal((crop.Width, crop.Height), (served.Width, served.Height));
            Assert.Equal(RenditionPlan.AspectOf(photo, shape), (double)served.Width / served.Height, 2);
            Assert.Equal(expectWhite, served.Avg() > 127);
        }
    }

    [Fact]
    public async Task A_rendition_not_made_is_a_404_nobody_caches()
    {
        using var response = await server.Client.GetAsync("/media/0123456789abcdef0123-640.webp", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Originals_are_never_served()
    {
        var stored = await PhotoUploads.IngestAsync(server, TestImages.Encoded("png", seed: 13), "private.png");

        using var response = await server.Client.GetAsync($"/media/originals/{stored.Photo!.ContentHash}.png", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_node_starting_up_makes_the_renditions_left_pending()
    {
        var stored = await PhotoUploads.IngestAsync(server, TestImages.Encoded("webp", 700, 500, seed: 14), "pending.webp");
        var photo = await PhotoUploads.RenditionsMadeAsync(server, stored.Photo!.Id);
        // As if the node had stopped half-way: the row is pending again and the files are gone.
        await using (var scope = server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MarqueeDbContext>().Photos.Where(p => p.Id == photo.Id)
                .ExecuteUpdateAsync(p => p.SetProperty(x => x.RenditionsMadeAt, (DateTime?)null), TestContext.Current.CancellationToken);
        }

        var renditions = RenditionPlan.For(photo);
        foreach (var rendition in renditions)
        {
            File.Delete(Path.Combine(server.DataPath, "media", rendition.Name));
        }

        await using var restarted = server.AnotherNode();
        await restarted.InitializeAsync();

        await PhotoUploads.RenditionsMadeAsync(restarted, photo.Id);
        Assert.All(renditions, r => Assert.True(File.Exists(Path.Combine(server.DataPath, "media", r.Name)), r.Name));
    }
}
