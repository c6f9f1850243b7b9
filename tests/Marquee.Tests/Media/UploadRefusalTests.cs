using System.Diagnostics;

namespace Marquee.Tests.Media;

/// <summary>Every bad upload of issue 3 is refused with what is wrong and why, and leaves the database and the media folder as they were.</summary>
public sealed class UploadRefusalTests : IAsyncLifetime
{
    private readonly MarqueeServer _server = new();

    public static TheoryData<string, string, string> BadUploads => new()
    {
        { "empty.jpg", "zero bytes", "empty.jpg: is empty (0 bytes)" },
        { "truncated.jpg", "truncated", "truncated.jpg: could not be read as JPEG: the file is truncated or corrupt" },
        { "corrupt.png", "corrupt", "corrupt.png: could not be read as PNG: the file is truncated or corrupt" },
        { "bomb.png", "png bomb", "bomb.png: is 50000 × 50000 pixels (2,500 megapixels); the limit is 100 megapixels (Marquee:Media:MaxMegapixels), which keeps a small file from expanding into gigabytes when decoded" },
        { "frames.gif", "gif frames", "frames.gif: is a GIF of 10,000 frames; the limit is 1,000 (Marquee:Media:MaxGifFrames)" },
        { "photo.jpg", "html polyglot", "photo.jpg: is not an image Marquee accepts: its bytes are not JPEG, PNG, WebP, AVIF or GIF, whatever its name says" },
        { "logo.svg", "svg with script", "logo.svg: SVG is not accepted: it is a document that can carry script, not a photo; export it as PNG" },
        { "huge.png", "over the limit", "huge.png: is larger than the limit of 1 MB (Marquee:Media:MaxUploadMegabytes)" },
    };

    public async ValueTask InitializeAsync()
    {
        _server.Settings["Marquee:Media:MaxUploadMegabytes"] = "1";
        await _server.InitializeAsync();
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Theory]
    [MemberData(nameof(BadUploads))]
    public async Task Bad_upload_is_refused_with_a_clear_message_and_nothing_stored(string fileName, string kind, string message)
    {
        var existing = await PhotoUploads.IngestAsync(_server, TestImages.Encoded("png", seed: 9), "already-there.png");
        await PhotoUploads.RenditionsMadeAsync(_server, existing.Photo!.Id); // its renditions, made in the background, would change both
        var (database, media) = (_server.Database.Fingerprint(), PhotoUploads.MediaFolder(_server));

        var result = await PhotoUploads.IngestAsync(_server, Bytes(kind), fileName);

        Assert.Equal(message, result.Refusal);
        Assert.Null(result.Photo);
        Assert.Equal(database, _server.Database.Fingerprint());
        Assert.Equal(media, PhotoUploads.MediaFolder(_server));
    }

    [Fact]
    public async Task A_gif_javascript_polyglot_is_refused_and_nothing_stored()
    {
        var before = _server.Database.Fingerprint();

        var result = await PhotoUploads.IngestAsync(_server, TestImages.Text("GIF89a/*<html><script>alert(document.cookie)</script>*/=1;"), "cute.gif");

        Assert.StartsWith("cute.gif: ", result.Refusal);
        Assert.Equal(before, _server.Database.Fingerprint());
    }

    [Fact]
    public async Task Decompression_bombs_are_refused_from_the_header_without_decoding()
    {
        using var process = Process.GetCurrentProcess();
        var before = process.WorkingSet64;

        var png = await PhotoUploads.IngestAsync(_server, TestImages.PngBomb(), "bomb.png");
        var gif = await PhotoUploads.IngestAsync(_server, TestImages.GifWithFrames(10_000), "frames.gif");

        process.Refresh();
        Assert.NotNull(png.Refusal);
        Assert.NotNull(gif.Refusal);
        // Decoding the PNG would take 7.5 GB: the process grew by far less than one decode of it.
        Assert.True(process.WorkingSet64 - before < 300L * 1024 * 1024, $"Working set grew by {(process.WorkingSet64 - before) / (1024 * 1024)} MB");
    }

    private static byte[] Bytes(string kind)
    {
        var jpeg = TestImages.Encoded("jpg", 800, 600, seed: 3);
        return kind switch
        {
            "zero bytes" => [],
            "truncated" => jpeg[..(jpeg.Length / 2)],
            "corrupt" => [.. TestImages.Encoded("png", seed: 4)[..16], .. Enumerable.Repeat((byte)0x5A, 4000)],
            "png bomb" => TestImages.PngBomb(),
            "gif frames" => TestImages.GifWithFrames(10_000),
            "html polyglot" => TestImages.Text("<!DOCTYPE html><html><body><img src=x onerror=alert(1)><script>alert(document.domain)</script></body></html>"),
            "svg with script" => TestImages.Text("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"),
            "over the limit" => [.. TestImages.Encoded("png", seed: 6)[..64], .. new byte[(1024 * 1024) + 1]],
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }
}
