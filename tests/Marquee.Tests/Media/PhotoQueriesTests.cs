using Marquee.Content.Photos;
using Marquee.Media.Photos;

namespace Marquee.Tests.Media;

/// <summary>The media library's reads: search by caption, credit or keyword; expired licences; missing alt text; what blocks publishing.</summary>
public sealed class PhotoQueriesTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    [Fact]
    public async Task Search_finds_words_in_caption_credit_or_keywords_in_any_case()
    {
        var marker = Guid.NewGuid().ToString("n")[..8];
        var byCaption = await StoreAsync(1, PhotoUploads.Credited() with { Caption = $"Red carpet {marker}Arrivals" });
        var byCredit = await StoreAsync(2, PhotoUploads.Credited() with { Credit = $"{marker}Wire/Agency" });
        var byKeyword = await StoreAsync(3, PhotoUploads.Credited() with { Keywords = [$"{marker}arrivals"] });
        await StoreAsync(4, PhotoUploads.Credited());

        var found = await SearchAsync(new PhotoSearch { Text = marker.ToUpperInvariant() });
        var narrowed = await SearchAsync(new PhotoSearch { Text = $"{marker}ARRIVALS carpet" });

        Assert.Equal([byKeyword, byCredit, byCaption], found.Select(p => p.Id));
        Assert.Equal([byCaption], narrowed.Select(p => p.Id));
    }

    [Fact]
    public async Task Filters_find_expired_licences_and_missing_alt_text()
    {
        var now = DateTime.UtcNow;
        var marker = Guid.NewGuid().ToString("n")[..8];
        var expired = await StoreAsync(5, PhotoUploads.Credited() with { Caption = marker, LicenceExpiresAt = now.AddDays(-1) });
        var current = await StoreAsync(6, PhotoUploads.Credited() with { Caption = marker, LicenceExpiresAt = now.AddDays(30) });
        var noAlt = await StoreAsync(7, PhotoUploads.Credited() with { Caption = marker, AltText = "  " });

        Assert.Equal([expired], (await SearchAsync(new PhotoSearch { Text = marker, OnlyExpired = true })).Select(p => p.Id));
        Assert.Equal([noAlt], (await SearchAsync(new PhotoSearch { Text = marker, OnlyMissingAlt = true })).Select(p => p.Id));
        var photos = await SearchAsync(new PhotoSearch { Text = marker });
        Assert.Equal([false, true, true], photos.OrderBy(p => p.Id).Select(p => p.IsUsableAt(now)));
        Assert.Equal(current, photos.Single(p => p.LicenceExpiresAt > now).Id);
    }

    [Fact]
    public async Task A_photo_without_credit_or_alt_text_names_what_it_lacks_before_publishing()
    {
        var bare = await StoreAsync(8, new PhotoMetadata { CreatedBy = "tests@marquee.test" });
        var credited = await StoreAsync(9, PhotoUploads.Credited());

        var photos = await SearchAsync(new PhotoSearch());

        var lacking = photos.Single(p => p.Id == bare);
        Assert.Equal((false, "alt text, credit"), (PhotoPublishing.Allows(lacking), string.Join(", ", PhotoPublishing.Missing(lacking))));
        Assert.True(PhotoPublishing.Allows(photos.Single(p => p.Id == credited)));
    }

    /// <summary>Stores a photo of its own: the seed is unique within this class, so no upload is another's duplicate.</summary>
    private async Task<long> StoreAsync(int seed, PhotoMetadata metadata)
    {
        var result = await PhotoUploads.IngestAsync(server, TestImages.Encoded("png", 64, 48, seed: seed), "library.png", metadata);
        return result.Photo!.Id;
    }

    private async Task<IReadOnlyList<Photo>> SearchAsync(PhotoSearch search)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PhotoQueries>().SearchAsync(search with { PageSize = 500 }, TestContext.Current.CancellationToken);
    }
}
