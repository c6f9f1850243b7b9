using Marquee.Content.Articles;
using Marquee.Content.Photos;
using Marquee.Demo;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tests.Demo;

/// <summary>The demo a newcomer sees first: the seed article and its neighbours, loaded through the crawl importer, safe to load twice.</summary>
public sealed class DemoTests(MarqueeServer server) : IClassFixture<MarqueeServer>, IAsyncLifetime
{
    private const string SeedPath = "/news/pink-and-kelly-clarksons-opening-performance-at-the-2017-american-music-awards-will-leave-you-in-tears";

    public async ValueTask InitializeAsync()
    {
        await LoadAsync();
        // The gallery's renditions are written in the background: done, they cannot change the database between two fingerprints.
        await server.RenditionsMadeAsync();
    }

    [Fact]
    public async Task Loading_the_demo_again_changes_nothing()
    {
        var before = server.Database.Fingerprint();

        var again = await LoadAsync();

        Assert.Equal(0, again.Changed);
        Assert.Equal(before, server.Database.Fingerprint());
    }

    [Fact]
    public async Task The_home_page_leads_with_the_seed_article()
    {
        var home = await HtmlPage.GetAsync(server.Client, "/");

        var lead = home.QuerySelector(".top-stories article h3 a");
        Assert.Equal(SeedPath, lead?.GetAttribute("href"));
        Assert.True(home.QuerySelectorAll("main a[href^='/news/']").Select(a => a.GetAttribute("href")).Distinct().Count() >= 8);
    }

    [Fact]
    public async Task The_demo_has_two_active_newsletter_lists()
    {
        var lists = await server.WriteAsync((s, ct) => s.GetRequiredService<Marquee.Newsletters.Lists.NewsletterLists>().ActiveAsync(ct));

        Assert.Equal(["Awards Night", "Daily"], lists.Select(l => l.Name));
    }

    [Fact]
    public async Task The_seed_article_shows_its_photo_with_caption_credit_and_section()
    {
        var page = await HtmlPage.GetAsync(server.Client, SeedPath);

        Assert.Equal("/demo/amas-stage.svg", page.QuerySelector("figure.feature img")?.GetAttribute("src"));
        Assert.Equal("Kevin Winter/Getty Images", page.Text("figure.feature .credit"));
        Assert.Equal("Music", page.Text(".kicker"));
        Assert.Equal("By Mike Vulpo", page.Text(".byline span"));
    }

    [Fact]
    public async Task Every_demo_article_has_a_byline_a_credited_photo_a_section_and_no_page_chrome()
    {
        var articles = await server.WriteAsync((s, ct) => s.GetRequiredService<MarqueeDbContext>().Articles.Where(a => a.Kind == ArticleKind.Story)
            .Select(a => new { a.Slug, a.FeatureImageUrl, a.FeatureImageCredit, a.PrimarySectionId, a.BodyMarkdown, Authors = a.Authors.Count })
            .ToListAsync(ct));

        Assert.Equal(Directory.GetFiles(Path.Combine(DemoLoader.ContentFolder, "articles"), "*.txt").Length, articles.Count);
        Assert.All(articles, a =>
        {
            Assert.True(a.Authors > 0, a.Slug);
            Assert.NotNull(a.PrimarySectionId);
            Assert.NotNull(a.FeatureImageCredit);
            Assert.StartsWith("/demo/", a.FeatureImageUrl, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "Web", "wwwroot", a.FeatureImageUrl!.TrimStart('/'))), a.FeatureImageUrl);
            Assert.DoesNotContain("Share", a.BodyMarkdown, StringComparison.Ordinal);
            Assert.DoesNotContain("©", a.BodyMarkdown, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task The_demo_gallery_is_published_with_credited_shipped_photos_and_linked_from_home()
    {
        var photos = await server.WriteAsync((s, ct) => s.GetRequiredService<MarqueeDbContext>().Articles
            .Where(a => a.Slug == DemoGallery.Slug && a.Kind == ArticleKind.Gallery && a.Status == ArticleStatus.Published)
            .SelectMany(a => a.GalleryItems.Select(i => i.Photo))
            .ToListAsync(ct));
        var home = await HtmlPage.GetAsync(server.Client, "/");
        var gallery = await HtmlPage.GetAsync(server.Client, $"/photos/{DemoGallery.Slug}/all");

        Assert.True(photos.Count >= 5, $"{photos.Count} photos");
        Assert.All(photos, p => Assert.True(PhotoPublishing.Allows(p) && p.Credit == "Marquee demo / CC0" && p.Caption is not null, $"photo {p.Id}"));
        Assert.NotNull(home.QuerySelector($"main .card-gallery a[href='/photos/{DemoGallery.Slug}']"));
        Assert.Equal(photos.Count, gallery.QuerySelectorAll("#grid img").Length);
        foreach (var src in gallery.QuerySelectorAll("#grid img").Select(i => i.GetAttribute("src")!))
        {
            using var rendition = await server.Client.GetAsync(src, TestContext.Current.CancellationToken);
            Assert.Equal(System.Net.HttpStatusCode.OK, rendition.StatusCode);
        }
    }

    private async Task<Marquee.Import.ImportCounts> LoadAsync()
    {
        var counts = await server.LoadDemoAsync();
        return counts;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
