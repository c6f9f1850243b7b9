using Marquee.Media.Photos;
using Marquee.Media.Renditions;
using NetVips;

namespace Marquee.Tests.Media;

/// <summary>Each accepted format becomes a photo with its size and metadata; metadata is stripped from what is served.</summary>
public sealed class PhotoIngestTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    [Theory]
    [InlineData("jpg", ImageFormat.Jpeg)]
    [InlineData("png", ImageFormat.Png)]
    [InlineData("webp", ImageFormat.Webp)]
    [InlineData("avif", ImageFormat.Avif)]
    [InlineData("gif", ImageFormat.Gif)]
    public async Task Accepted_format_is_stored_with_its_size_and_metadata(string extension, ImageFormat format)
    {
        // Named .bin: the bytes, not the name, say what it is.
        var result = await PhotoUploads.IngestAsync(server, TestImages.Encoded(extension, 640, 480, seed: (int)format + 1), "upload.bin");

        Assert.True(result.IsStored, result.Refusal);
        var photo = result.Photo!;
        Assert.Equal((format, 640, 480), (photo.OriginalFormat, photo.Width, photo.Height));
        Assert.Equal(("Kevin Winter/Getty Images", "A singer on a lit stage", "amas pink"), (photo.Credit, photo.AltText, string.Join(' ', photo.KeywordList)));
        Assert.Equal((0.5, 0.5), (photo.FocalX, photo.FocalY));
        Assert.Equal(64, photo.ContentHash.Length);
        var made = await PhotoUploads.RenditionsMadeAsync(server, photo.Id);
        Assert.NotNull(made.RenditionsMadeAt);
    }

    [Fact]
    public async Task The_same_bytes_uploaded_twice_are_one_photo()
    {
        var bytes = TestImages.Encoded("png", 300, 200, seed: 77);

        var first = await PhotoUploads.IngestAsync(server, bytes, "first.png");
        var second = await PhotoUploads.IngestAsync(server, bytes, "second.png");

        Assert.Equal(first.Photo!.Id, second.Photo!.Id);
        Assert.Equal("1", server.Database.Scalar($"SELECT COUNT(*) FROM photos WHERE content_hash = '{first.Photo.ContentHash}'"));
    }

    [Fact]
    public async Task Simultaneous_uploads_of_the_same_bytes_are_one_photo()
    {
        var bytes = TestImages.Encoded("jpg", 500, 300, seed: 78);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => PhotoUploads.IngestAsync(server, bytes, $"same-{i}.jpg")));

        Assert.Single(results.Select(r => r.Photo!.Id).Distinct());
        Assert.Equal("1", server.Database.Scalar($"SELECT COUNT(*) FROM photos WHERE content_hash = '{results[0].Photo!.ContentHash}'"));
    }

    [Fact]
    public async Task Exif_orientation_is_applied_and_gps_is_gone_from_what_is_served()
    {
        var upload = TestImages.JpegTurnedWithGps();
        using (var uploaded = Image.NewFromBuffer(upload))
        {
            Assert.Equal((400, 6), (uploaded.Width, (int)uploaded.Get("orientation")));
            Assert.Contains("exif-ifd3-GPSLatitude", uploaded.GetFields());
        }

        var result = await PhotoUploads.IngestAsync(server, upload, "turned.jpg");

        var photo = await PhotoUploads.RenditionsMadeAsync(server, result.Photo!.Id);
        Assert.Equal((200, 400), (photo.Width, photo.Height));
        foreach (var rendition in RenditionPlan.For(photo).Where(r => r.Shape == PhotoShape.Original))
        {
            var bytes = await server.Client.GetByteArrayAsync(rendition.Url, TestContext.Current.CancellationToken);
            using var served = Image.NewFromBuffer(bytes);
            Assert.Equal((200, 400), (served.Width, served.Height));
            Assert.DoesNotContain(served.GetFields(), field => field.StartsWith("exif", StringComparison.Ordinal) || field == "orientation");
        }
    }

    [Fact]
    public async Task No_served_rendition_carries_the_originals_exif_xmp_or_iptc()
    {
        var upload = TestImages.JpegWithGpsXmpAndIptc();
        using (var uploaded = Image.NewFromBuffer(upload))
        {
            Assert.Superset(new HashSet<string> { "exif-ifd3-GPSLatitude", "xmp-data", "iptc-data" }, uploaded.GetFields().ToHashSet());
        }

        var result = await PhotoUploads.IngestAsync(server, upload, "everything.jpg");

        var photo = await PhotoUploads.RenditionsMadeAsync(server, result.Photo!.Id);
        var renditions = RenditionPlan.For(photo).ToList();
        Assert.Equal(RenditionFormat.All.Count, renditions.Select(r => r.Format).Distinct().Count());
        foreach (var rendition in renditions)
        {
            var bytes = await server.Client.GetByteArrayAsync(rendition.Url, TestContext.Current.CancellationToken);
            using var served = Image.NewFromBuffer(bytes);
            Assert.DoesNotContain(served.GetFields(), field => field.StartsWith("exif", StringComparison.Ordinal) || field is "xmp-data" or "iptc-data");
            Assert.Equal(-1, bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(TestImages.MetadataCreator)));
        }
    }

    [Fact]
    public async Task Metadata_out_of_bounds_is_refused_naming_each_field()
    {
        // Background renditions of earlier photos write to the database; the fingerprint waits them out.
        await server.RenditionsMadeAsync();
        var before = server.Database.Fingerprint();

        var result = await PhotoUploads.IngestAsync(server, TestImages.Encoded("png", seed: 5), "focal.png",
            PhotoUploads.Credited(focalX: 1.5) with { Credit = new string('c', 301), Keywords = ["ok", ""] });

        Assert.Equal("focal.png: credit: 301 characters, at most 300; keywords: '' must be 1 to 60 characters on one line; focal point x: 1.5 is outside 0..1", result.Refusal);
        Assert.Equal(before, server.Database.Fingerprint());
    }
}
