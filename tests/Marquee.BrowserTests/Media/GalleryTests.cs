using System.Text.RegularExpressions;
using Marquee.BrowserTests.Infrastructure;
using Marquee.Demo;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Media;

/// <summary>Paging through the demo gallery in a real browser: by links with JavaScript off, by arrow keys with it on, and from the grid.</summary>
public sealed class GalleryTests(DemoSite site) : IClassFixture<DemoSite>
{
    private const string Headline = "The 2017 AMAs: The Night in Pictures";

    [Fact]
    public async Task Without_javascript_a_reader_pages_through_the_gallery_by_its_links()
    {
        await using var reader = await site.OpenAsync(javaScript: false);
        var gallery = new GalleryView(reader.Page);
        await reader.Page.GotoAsync("/");

        await reader.Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = Headline, Exact = true }).First.ClickAsync();
        await Expect(reader.Page).ToHaveURLAsync(PhotoUrl(""));
        await Expect(gallery.Headline).ToHaveTextAsync(Headline);
        await Expect(gallery.Position).ToHaveTextAsync("1 of 6");
        await Expect(gallery.Previous).ToHaveCountAsync(0);

        await gallery.Next.ClickAsync();
        await Expect(reader.Page).ToHaveURLAsync(PhotoUrl("/2"));
        await Expect(gallery.Position).ToHaveTextAsync("2 of 6");
        await Expect(gallery.Photo).ToContainTextAsync("Marquee demo / CC0");

        await gallery.Previous.ClickAsync();
        await Expect(reader.Page).ToHaveURLAsync(PhotoUrl(""));
        Assert.True(await GalleryView.LoadedAsync(gallery.Photo.GetByRole(AriaRole.Img)));
        Assert.Empty(reader.BrokenRequests);
    }

    [Fact]
    public async Task With_javascript_the_arrow_keys_move_between_photos()
    {
        await using var reader = await site.OpenAsync(javaScript: true);
        var gallery = new GalleryView(reader.Page);
        await gallery.OpenAsync(DemoGallery.Slug);

        await gallery.PressAsync("ArrowRight");
        await Expect(reader.Page).ToHaveURLAsync(PhotoUrl("/2"));
        await Expect(gallery.Position).ToHaveTextAsync("2 of 6");

        await gallery.PressAsync("ArrowRight");
        await Expect(gallery.Position).ToHaveTextAsync("3 of 6");

        await gallery.PressAsync("ArrowLeft");
        await Expect(reader.Page).ToHaveURLAsync(PhotoUrl("/2"));
        await Expect(gallery.Position).ToHaveTextAsync("2 of 6");
        Assert.True(await GalleryView.LoadedAsync(gallery.Photo.GetByRole(AriaRole.Img)));
        Assert.Empty(reader.BrokenRequests);
    }

    [Fact]
    public async Task The_grid_shows_every_photo_and_opens_the_one_chosen()
    {
        await using var reader = await site.OpenAsync();
        var gallery = new GalleryView(reader.Page);
        await gallery.OpenAsync(DemoGallery.Slug);

        await gallery.AllPhotos.ClickAsync();
        await Expect(reader.Page).ToHaveURLAsync(PhotoUrl("/all"));
        await Expect(gallery.GridPhotos).ToHaveCountAsync(6);
        await gallery.GridPhotos.Last.ScrollIntoViewIfNeededAsync();
        await Expect(gallery.GridPhotos.Last).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await GalleryView.LoadedAsync(gallery.GridPhotos));

        await gallery.GridLink(4, 6).ClickAsync();
        await Expect(reader.Page).ToHaveURLAsync(PhotoUrl("/4"));
        await Expect(gallery.Position).ToHaveTextAsync("4 of 6");
        Assert.Empty(reader.BrokenRequests);
    }

    private static Regex PhotoUrl(string rest) => new($"/photos/{Regex.Escape(DemoGallery.Slug)}{Regex.Escape(rest)}$");

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static IPageAssertions Expect(IPage page) => Assertions.Expect(page);
}
