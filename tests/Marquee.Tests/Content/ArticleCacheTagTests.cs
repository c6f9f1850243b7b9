using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Content.Tags;
using Marquee.Platform.Caching;
using Marquee.Storage;
using Marquee.Tests.Galleries;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tests.Content;

/// <summary>
/// Readers and writers agree on which pages show an article: every tag a public page carries for the article,
/// its bylines, its tags and the lists it is on (read from its <c>Surrogate-Key</c>) is in what saving it evicts.
/// </summary>
public sealed class ArticleCacheTagTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private readonly TestGalleries _galleries = new(server);

    private async Task<(string Author, string Topic, string Section)> TaxonomyAsync(string kind) =>
        (await _galleries.Content.AuthorAsync($"{kind} Writer"), await _galleries.Content.TagAsync($"{kind} Topic"), await _galleries.Content.TagAsync($"{kind} Section", TagKind.Section));

    [Fact]
    public async Task Saving_a_story_evicts_every_tag_its_pages_feeds_and_lists_carry_for_it()
    {
        var (author, topic, section) = await TaxonomyAsync("Story");
        var story = await _galleries.Content.ArticleAsync("Tagged Everywhere", [author], [section, topic]);

        await AssertSavingEvictsWhatPagesCarryAsync(story, author, topic, section, $"/news/{story.Slug}");
    }

    [Fact]
    public async Task Saving_a_gallery_evicts_every_tag_its_pages_feeds_and_lists_carry_for_it()
    {
        var (author, topic, section) = await TaxonomyAsync("Gallery");
        var gallery = await _galleries.GalleryAsync("Pictured Everywhere", TestGalleries.Items(await _galleries.PhotosAsync(2)), g => g with { AuthorSlugs = [author], TagSlugs = [section, topic] });

        await AssertSavingEvictsWhatPagesCarryAsync(gallery, author, topic, section, $"/photos/{gallery.Slug}", $"/photos/{gallery.Slug}/2", $"/photos/{gallery.Slug}/all");
    }

    private async Task AssertSavingEvictsWhatPagesCarryAsync(ArticleInput article, string author, string topic, string section, params string[] ownPages)
    {
        string[] lists = ["/", $"/author/{author}", $"/tag/{topic}", $"/section/{section}", "/rss", $"/author/{author}/rss", $"/tag/{topic}/atom", $"/section/{section}/feed.json"];
        var id = await _galleries.Content.IdAsync(article);
        var its = await ItsTagsAsync(id);
        var carried = new Dictionary<string, string[]>();
        foreach (var path in ownPages.Concat(lists))
        {
            var keys = await SurrogateKeysAsync(path);
            Assert.True(keys.Contains(CacheTags.Article(id)), $"{path} shows the article but does not carry {CacheTags.Article(id)}: {string.Join(' ', keys)}");
            carried[path] = [.. keys.Where(its.Contains)];
        }

        var evicted = await EvictedBySavingAsync(article with { Headline = article.Headline + ", Updated" }, id);

        Assert.All(carried, page => Assert.True(page.Value.All(evicted.Contains), $"saving the article leaves {page.Key} cached under {string.Join(' ', page.Value.Except(evicted))}"));
    }

    /// <summary>Every tag that names the article, one of its bylines or tags, or a list it is on.</summary>
    private async Task<HashSet<string>> ItsTagsAsync(long id)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        var article = await db.Articles.Include(a => a.Authors).Include(a => a.Tags).SingleAsync(a => a.Id == id, TestContext.Current.CancellationToken);
        return [CacheTags.Article(id), CacheTags.Home, CacheTags.LatestRail, .. article.Authors.Select(a => CacheTags.Author(a.AuthorId)), .. article.Tags.Select(t => CacheTags.Tag(t.TagId))];
    }

    private async Task<HashSet<string>> SurrogateKeysAsync(string path)
    {
        using var response = await server.Client.GetAsync(path, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return [.. response.Headers.GetValues(PublicResponseHeaders.SurrogateKey).Single().Split(' ')];
    }

    /// <summary>Saves through the product's save class and transaction, and reads back the eviction-log row that save wrote.</summary>
    private async Task<HashSet<string>> EvictedBySavingAsync(ArticleInput changed, long id)
    {
        var before = await server.WriteAsync((services, ct) => services.GetRequiredService<MarqueeDbContext>().CacheEvictions.MaxAsync(e => (long?)e.Id, ct));
        Assert.Equal(SaveOutcome.Updated, await _galleries.Content.SaveAsync(changed));
        await using var scope = server.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<MarqueeDbContext>().CacheEvictions
            .Where(e => e.Id > (before ?? 0)).Select(e => e.Tags).ToListAsync(TestContext.Current.CancellationToken);
        return rows.Select(r => r.Split(' ')).Single(tags => tags.Contains(CacheTags.Article(id))).ToHashSet();
    }
}
