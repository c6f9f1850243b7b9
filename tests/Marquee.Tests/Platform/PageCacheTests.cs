using System.Net.Http.Headers;
using Marquee.Content.Articles;
using Marquee.Content.Authors;
using Marquee.Content.Tags;
using Marquee.Platform.Caching;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tests.Platform;

public sealed class PageCacheTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private readonly TestContent _content = new(server);

    [Fact]
    public async Task Public_pages_carry_etag_and_a_cache_control_for_browsers_and_cdns()
    {
        var article = await _content.ArticleAsync("Cache Headers");

        using var response = await server.Client.GetAsync($"/news/{article.Slug}", TestContext.Current.CancellationToken);

        var cacheControl = response.Headers.CacheControl!;
        Assert.True(cacheControl.Public);
        Assert.Equal(TimeSpan.Zero, cacheControl.MaxAge);
        Assert.Equal(TimeSpan.FromSeconds(60), cacheControl.SharedMaxAge);
        Assert.Contains(cacheControl.Extensions, e => e.Name == "stale-while-revalidate" && e.Value == "30");
        Assert.Contains(cacheControl.Extensions, e => e.Name == "stale-if-error" && e.Value == "86400");
        Assert.True(response.Headers.ETag?.IsWeak);
    }

    [Fact]
    public async Task Surrogate_keys_name_everything_the_page_shows()
    {
        var author = await _content.AuthorAsync("Keyed Author");
        var tag = await _content.TagAsync("Keyed Tag");
        var article = await _content.ArticleAsync("Keyed Story", [author], [tag]);
        var ids = await IdsAsync(article.Slug, author, tag);

        using var fresh = await server.Client.GetAsync($"/news/{article.Slug}", TestContext.Current.CancellationToken);
        using var cached = await server.Client.GetAsync($"/news/{article.Slug}", TestContext.Current.CancellationToken);

        foreach (var response in new[] { fresh, cached })
        {
            var keys = response.Headers.GetValues("Surrogate-Key").Single().Split(' ');
            Assert.Contains(CacheTags.Article(ids.Article), keys);
            Assert.Contains(CacheTags.Author(ids.Author), keys);
            Assert.Contains(CacheTags.Tag(ids.Tag), keys);
            Assert.Contains(CacheTags.Site, keys);
        }
    }

    [Fact]
    public async Task Matching_if_none_match_answers_304()
    {
        var article = await _content.ArticleAsync("Conditional Get");
        using var first = await server.Client.GetAsync($"/news/{article.Slug}", TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/news/{article.Slug}");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Compressed_when_the_client_accepts_it()
    {
        var article = await _content.ArticleAsync("Compressed Page");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/news/{article.Slug}");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task Publishing_evicts_home_tag_author_and_section_pages()
    {
        var author = await _content.AuthorAsync("Evict Author");
        var tag = await _content.TagAsync("Evict Topic");
        var section = await _content.TagAsync("Evict Section", TagKind.Section);
        var draft = await _content.ArticleAsync("Freshly Published", [author], [section, tag], a => a with { Status = ArticleStatus.Draft, PublishedAt = null });
        string[] paths = ["/", $"/tag/{tag}", $"/author/{author}", $"/section/{section}"];
        foreach (var path in paths)
        {
            Assert.DoesNotContain(draft.Headline, (await HtmlPage.GetAsync(server.Client, path)).Body!.TextContent, StringComparison.Ordinal);
        }

        await _content.SaveAsync(draft with { Status = ArticleStatus.Published, PublishedAt = DateTime.UtcNow });

        foreach (var path in paths)
        {
            Assert.Contains(draft.Headline, (await HtmlPage.GetAsync(server.Client, path)).Body!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Renaming_an_author_evicts_the_article_pages_that_show_the_byline()
    {
        var author = await _content.AuthorAsync("Before Rename");
        var article = await _content.ArticleAsync("Byline Story", [author]);
        Assert.Equal("Before Rename", (await HtmlPage.GetAsync(server.Client, $"/news/{article.Slug}")).Text(".byline a"));

        await server.WriteAsync((services, ct) => services.GetRequiredService<SaveAuthor>().SaveAsync(new AuthorInput(author, "After Rename"), ct));

        Assert.Equal("After Rename", (await HtmlPage.GetAsync(server.Client, $"/news/{article.Slug}")).Text(".byline a"));
    }

    [Fact]
    public async Task A_new_story_appears_in_the_latest_rail_of_an_already_cached_article()
    {
        var article = await _content.ArticleAsync("Cached With Rail");
        await HtmlPage.GetAsync(server.Client, $"/news/{article.Slug}");

        var newer = await _content.ArticleAsync("Newer Than Everything", configure: a => a with { PublishedAt = DateTime.UtcNow });

        var rail = (await HtmlPage.GetAsync(server.Client, $"/news/{article.Slug}")).QuerySelectorAll(".rail h3").Select(h => h.TextContent.Trim());
        Assert.Contains(newer.Headline, rail);
    }

    [Fact]
    public async Task A_change_logged_by_another_process_evicts_this_node_within_a_second()
    {
        var article = await _content.ArticleAsync("Logged Elsewhere");
        await HtmlPage.GetAsync(server.Client, $"/news/{article.Slug}");
        using (var scope = server.Services.CreateScope())
        {
            // What `marquee import` in another process does: change rows and log the eviction, without touching this node's cache.
            var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
            var id = db.Articles.Single(a => a.Slug == article.Slug).Id;
            await db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Headline, "Changed Elsewhere"), TestContext.Current.CancellationToken);
            db.CacheEvictions.Add(new CacheEviction { Tags = CacheTags.Article(id), CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var deadline = DateTime.UtcNow.AddSeconds(1);
        string headline;
        do
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
            headline = (await HtmlPage.GetAsync(server.Client, $"/news/{article.Slug}")).Text("h1");
        }
        while (headline != "Changed Elsewhere" && DateTime.UtcNow < deadline);

        Assert.Equal("Changed Elsewhere", headline);
    }

    private async Task<(long Article, long Author, long Tag)> IdsAsync(string articleSlug, string authorSlug, string tagSlug)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        var token = TestContext.Current.CancellationToken;
        return (await db.Articles.Where(a => a.Slug == articleSlug).Select(a => a.Id).SingleAsync(token),
            await db.Authors.Where(a => a.Slug == authorSlug).Select(a => a.Id).SingleAsync(token),
            await db.Tags.Where(t => t.Slug == tagSlug).Select(t => t.Id).SingleAsync(token));
    }
}
