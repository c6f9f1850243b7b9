using Marquee.Content.Articles;
using Marquee.Content.Galleries;
using Marquee.Import;
using Marquee.Media.Photos;
using Marquee.Storage;
using Marquee.Tests.Media;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tests.Import;

/// <summary>
/// WordPress attachments into the media library (issue 18): downloaded from a real local server or read from an uploads
/// folder, with caption, alt text and credit; the featured image a library photo; [gallery] and gallery blocks Marquee
/// galleries; a file that never arrives, is too big, is gone or leads out of the folder reported, never fatal, never a hang.
/// </summary>
public sealed class WxrPhotoImportTests : IAsyncLifetime
{
    private static readonly byte[] Carpet = TestImages.Encoded("jpg", seed: 1);
    private static readonly byte[] Stage = TestImages.Encoded("png", seed: 2);
    private static readonly byte[] Uncredited = TestImages.Encoded("jpg", seed: 3);

    private readonly MarqueeServer _server = new();
    private readonly ScratchFolder _scratch = new("marquee-wxr-photos-");
    private readonly MediaServer _site = new(new Dictionary<string, byte[]>
    {
        ["2017/11/carpet.jpg"] = Carpet,
        ["2017/11/stage.png"] = Stage,
        ["2017/11/uncredited.jpg"] = Uncredited,
        ["2017/11/huge.jpg"] = new byte[(1024 * 1024) + 1],
    });

    public async ValueTask InitializeAsync()
    {
        // Long enough for a file on a loaded machine, short enough that the one never sent is waited out quickly.
        _server.Settings["Marquee:Import:MediaTimeoutSeconds"] = "5";
        _server.Settings["Marquee:Import:MaxMediaMegabytes"] = "1";
        await _server.InitializeAsync();
        await _site.StartAsync();
    }

    [Fact]
    public async Task Downloaded_attachments_become_library_photos_the_feature_photo_and_galleries_and_bad_ones_are_reported()
    {
        var counts = await ImportAsync(await ExportAsync(), new ImportMedia(null, Download: true));

        Assert.Equal(
            [
                "attachment 102: has no credit (IPTC, caption or description); the media library lists it as lacking one",
                "attachment 104: has no credit (IPTC, caption or description); the media library lists it as lacking one",
                "attachment 105: has no credit (IPTC, caption or description); the media library lists it as lacking one",
                $"attachment 103: {_site.Uploads}2017/11/huge.jpg is larger than Marquee:Import:MaxMediaMegabytes (1 MB); left at its URL",
                $"attachment 104: {_site.Uploads}never.jpg did not arrive within 5 s; left at its URL",
                $"attachment 105: {_site.Uploads}2017/11/gone.jpg answered 404; left at its URL",
                $"post 11 'blocks' gallery 'blocks-photos': the gallery waits as a draft: photo {await PhotoIdAsync(Uncredited)} lacks credit",
            ],
            counts.Skipped.Select(line => line[(line.IndexOf(": ", StringComparison.Ordinal) + 2)..]));

        var carpet = await PhotoAsync(Carpet);
        var stage = await PhotoAsync(Stage);
        Assert.Equal(("Pink arrives. Photo: Jo Doe/Agency", "Pink on the red carpet", "Jo Doe/Agency"), (carpet.Caption, carpet.AltText, carpet.Credit));
        Assert.Equal(((string?)null, "The stage", "Stage Agency"), (stage.Caption, stage.AltText, stage.Credit));
        Assert.Equal(3, await _server.WriteAsync((services, ct) => services.GetRequiredService<MarqueeDbContext>().Photos.CountAsync(ct)));

        var story = await ArticleAsync("pink-wins");
        Assert.Equal(carpet.Id, story.FeaturePhotoId);
        Assert.Equal(new[] { carpet.Id, stage.Id }, await GalleryPhotoIdsAsync("pink-wins-photos"));
        Assert.Equal(ArticleStatus.Published, (await ArticleAsync("pink-wins-photos")).Status);
        Assert.Equal(ArticleStatus.Draft, (await ArticleAsync("blocks-photos")).Status);

        var page = await HtmlPage.GetAsync(_server.Client, "/news/pink-wins");
        Assert.NotNull(page.QuerySelector("article .body a[href='/photos/pink-wins-photos']"));
        var gallery = await _server.Client.GetAsync("/photos/pink-wins-photos", TestContext.Current.CancellationToken);
        Assert.Contains("The stage", await gallery.EnsureSuccessStatusCode().Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_with_photos_again_changes_nothing()
    {
        var file = await ExportAsync();
        var first = await ImportAsync(file, new ImportMedia(null, Download: true));
        // Renditions are made in the background and stamp their photo: done first, they leave the fingerprint alone.
        foreach (var bytes in new[] { Carpet, Stage, Uncredited })
        {
            await PhotoUploads.RenditionsMadeAsync(_server, await PhotoIdAsync(bytes));
        }

        var before = _server.Database.Fingerprint();

        var again = await ImportAsync(file, new ImportMedia(null, Download: true));

        Assert.Equal(0, again.Changed);
        Assert.Equal(first.Skipped, again.Skipped);
        Assert.Equal(before, _server.Database.Fingerprint());
    }

    [Fact]
    public async Task An_uploads_folder_gives_the_files_by_WordPress_path_and_refuses_a_path_out_of_it()
    {
        var uploads = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(await _scratch.WriteAsync("", "placeholder"))!, "uploads", "2017", "11"));
        await File.WriteAllBytesAsync(Path.Combine(uploads.FullName, "carpet.jpg"), Carpet, TestContext.Current.CancellationToken);
        var folder = uploads.Parent!.Parent!.FullName;
        var file = await _scratch.WriteAsync(WxrFile.Of(
            Attachment(100, "2017/11/carpet.jpg", alt: "Pink on the red carpet", caption: "Photo: Jo Doe")
            + Attachment(106, "2017/11/escape.jpg", attachedFile: "../../outside.jpg")
            + Attachment(107, "2017/11/missing.jpg", caption: "© Old Site")
            + WxrFile.Post(extra: Meta("_thumbnail_id", "100"))), "export.xml");

        var counts = await ImportAsync(file, new ImportMedia(folder, Download: false));

        Assert.Equal(
            [
                "attachment 106: has no credit (IPTC, caption or description); the media library lists it as lacking one",
                "attachment 106: its path '../../outside.jpg' leads out of the uploads folder; refused",
                $"attachment 107: 2017/11/missing.jpg is not in the uploads folder {folder}; left at its URL",
            ],
            counts.Skipped.Select(line => line[(line.IndexOf(": ", StringComparison.Ordinal) + 2)..]));
        Assert.Equal((await PhotoAsync(Carpet)).Id, (await ArticleAsync("pink-wins")).FeaturePhotoId);
    }

    public async ValueTask DisposeAsync()
    {
        await _site.DisposeAsync();
        await _server.DisposeAsync();
        _scratch.Dispose();
    }

    /// <summary>A story with a featured image and a [gallery] (one photo too big), and one whose gallery block holds an uncredited photo, one that never arrives and one that is gone.</summary>
    private async Task<string> ExportAsync()
    {
        var iptc = """a:1:{s:10:"image_meta";a:1:{s:6:"credit";s:12:"Stage Agency";}}""";
        const string blocks = """
            <!-- wp:paragraph --><p>Backstage.</p><!-- /wp:paragraph -->

            <!-- wp:gallery {"linkTo":"none"} -->
            <figure class="wp-block-gallery has-nested-images"><!-- wp:image {"id":102} -->
            <figure class="wp-block-image"><img src="x" alt="" class="wp-image-102"/></figure>
            <!-- /wp:image -->
            <!-- wp:image {"id":104} --><figure class="wp-block-image"><img src="y" alt="" class="wp-image-104"/></figure><!-- /wp:image -->
            <!-- wp:image {"id":105} --><figure class="wp-block-image"><img src="z" alt="" class="wp-image-105"/></figure><!-- /wp:image --></figure>
            <!-- /wp:gallery -->
            """;
        return await _scratch.WriteAsync(WxrFile.Of(
            Attachment(100, "2017/11/carpet.jpg", alt: "Pink on the red carpet", caption: "Pink arrives. Photo: Jo Doe/Agency")
            + Attachment(101, "2017/11/stage.png", alt: "The stage", metadata: iptc)
            + Attachment(102, "2017/11/uncredited.jpg", alt: "A crowd")
            + Attachment(103, "2017/11/huge.jpg", alt: "Huge", caption: "Photo: Big")
            + Attachment(104, "never.jpg", alt: "Never")
            + Attachment(105, "2017/11/gone.jpg", alt: "Gone")
            + WxrFile.Post(extra: Meta("_thumbnail_id", "100"), content: "<p>She did.</p>\n\n[gallery ids=\"100,101,103\"]\n\nAfter.")
            + WxrFile.Post(title: "Blocks", slug: "blocks", id: 11, content: blocks)), "export.xml");
    }

    private string Attachment(int id, string path, string? alt = null, string? caption = null, string? metadata = null, string? attachedFile = null) => $"""
        <item>
        <title>Attachment {id}</title>
        <excerpt:encoded><![CDATA[{caption}]]></excerpt:encoded>
        <wp:post_id>{id}</wp:post_id>
        <wp:post_parent>10</wp:post_parent>
        <wp:status>inherit</wp:status>
        <wp:post_type>attachment</wp:post_type>
        <wp:attachment_url>{_site.Uploads}{path}</wp:attachment_url>
        {Meta("_wp_attached_file", attachedFile ?? path)}
        {(alt is null ? "" : Meta("_wp_attachment_image_alt", alt))}
        {(metadata is null ? "" : Meta("_wp_attachment_metadata", metadata))}
        </item>
        """;

    private static string Meta(string key, string value) => $"<wp:postmeta><wp:meta_key>{key}</wp:meta_key><wp:meta_value><![CDATA[{value}]]></wp:meta_value></wp:postmeta>";

    private Task<ImportCounts> ImportAsync(string path, ImportMedia media) =>
        _server.Services.GetRequiredService<ImportRunner>().ImportAsync(path, "wxr", skipRefused: false, media, progress: null, TestContext.Current.CancellationToken);

    private async Task<Photo> PhotoAsync(byte[] bytes)
    {
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        return await _server.WriteAsync((services, ct) => services.GetRequiredService<MarqueeDbContext>().Photos.SingleAsync(p => p.ContentHash == hash, ct));
    }

    private async Task<long> PhotoIdAsync(byte[] bytes) => (await PhotoAsync(bytes)).Id;

    private Task<Article> ArticleAsync(string slug) =>
        _server.WriteAsync((services, ct) => services.GetRequiredService<MarqueeDbContext>().Articles.SingleAsync(a => a.Slug == slug, ct));

    private Task<List<long>> GalleryPhotoIdsAsync(string slug) =>
        _server.WriteAsync((services, ct) =>
        {
            var db = services.GetRequiredService<MarqueeDbContext>();
            return db.Set<GalleryItem>().Where(i => db.Articles.Any(a => a.Id == i.ArticleId && a.Slug == slug)).OrderBy(i => i.Position).Select(i => i.PhotoId).ToListAsync(ct);
        });
}
