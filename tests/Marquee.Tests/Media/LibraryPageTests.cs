using Marquee.Newsroom.Staff;

namespace Marquee.Tests.Media;

/// <summary>The media library page: thumbnails, search, the filters (unused, missing credit) and paging.</summary>
public sealed class LibraryPageTests(NewsroomServer newsroom) : IClassFixture<NewsroomServer>
{
    private readonly MarqueeServer _server = newsroom.Server;

    [Fact]
    public async Task The_unused_filter_leaves_out_photos_an_article_uses()
    {
        var marker = $"Unused{Guid.NewGuid():n}"[..20];
        var used = await StoreAsync(501, PhotoUploads.Credited() with { Caption = $"{marker} used" });
        var unused = await StoreAsync(502, PhotoUploads.Credited() with { Caption = $"{marker} spare" });
        await PhotoPages.ArticleWithPhotoAsync(_server, used, "Uses The Photo");
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);

        var all = await editor.PageAsync($"/newsroom/photos?q={marker}");
        var onlyUnused = await editor.PageAsync($"/newsroom/photos?q={marker}&Filter=Unused");

        Assert.Equal([unused, used], Ids(all));
        Assert.Equal([unused], Ids(onlyUnused));
        Assert.Equal("Uses The Photo", all.Text($"#library [data-photo-id='{used}'] .nr-uses a"));
        Assert.Equal("Not used anywhere.", all.Text($"#library [data-photo-id='{unused}'] .nr-uses-none"));
    }

    [Fact]
    public async Task Search_and_the_missing_credit_filter_show_thumbnails_with_what_each_photo_lacks()
    {
        var marker = $"Credit{Guid.NewGuid():n}"[..20];
        var credited = await StoreAsync(503, PhotoUploads.Credited() with { Keywords = [marker] });
        var uncredited = await StoreAsync(504, PhotoUploads.Credited() with { Keywords = [marker], Credit = null });
        await PhotoUploads.RenditionsMadeAsync(_server, credited);
        using var contributor = await StaffSession.SignInAsync(_server, StaffRole.Contributor);

        var found = await contributor.PageAsync($"/newsroom/photos?q={marker.ToUpperInvariant()}");
        var missing = await contributor.PageAsync($"/newsroom/photos?q={marker}&Filter=MissingCredit");

        Assert.Equal([uncredited, credited], Ids(found));
        Assert.Equal([uncredited], Ids(missing));
        Assert.Equal("no credit", missing.Text("#library .nr-flag[data-flag=missing]"));
        var thumbnail = found.QuerySelector($"#library [data-photo-id='{credited}'] img")!.GetAttribute("src")!;
        using var served = await _server.Client.GetAsync(thumbnail, TestContext.Current.CancellationToken);
        Assert.Equal(("image/jpeg", 1.0), (served.Content.Headers.ContentType?.MediaType, 1.0));
    }

    [Fact]
    public async Task Paging_goes_on_to_older_photos()
    {
        var marker = $"Paging{Guid.NewGuid():n}"[..20];
        var ids = new List<long>();
        for (var seed = 510; seed < 510 + Marquee.Newsroom.Photos.LibraryPage.PageSize + 1; seed++)
        {
            ids.Add(await StoreAsync(seed, PhotoUploads.Credited() with { Caption = marker }));
        }

        using var contributor = await StaffSession.SignInAsync(_server, StaffRole.Contributor);
        var first = await contributor.PageAsync($"/newsroom/photos?q={marker}");
        var next = first.QuerySelector(".nr-paging a[rel=next]")!.GetAttribute("href")!;
        var second = await contributor.PageAsync($"/newsroom/photos{next}");

        Assert.Equal(Marquee.Newsroom.Photos.LibraryPage.PageSize, Ids(first).Count);
        Assert.Equal([ids[0]], Ids(second));
        Assert.Null(second.QuerySelector(".nr-paging a[rel=next]"));
    }

    private static List<long> Ids(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll("#library .nr-photo").Select(p => long.Parse(p.GetAttribute("data-photo-id")!, System.Globalization.CultureInfo.InvariantCulture))];

    private async Task<long> StoreAsync(int seed, Marquee.Media.Photos.PhotoMetadata metadata) =>
        (await PhotoUploads.IngestAsync(_server, TestImages.Encoded("png", 64, 48, seed: seed), $"library-{seed}.png", metadata)).Photo!.Id;
}
