using System.Text.Json;
using System.Text.RegularExpressions;
using Marquee.Content.Articles;
using Marquee.Content.StaticPages;

namespace Marquee.Tests.Distribution.GhostContentApi;

/// <summary>What the Content API returns has Ghost's shape: the recorded Ghost response is the reference.</summary>
public sealed partial class ContentApiShapeTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private static readonly JsonElement GhostPost = JsonDocument.Parse(File.ReadAllText(
        Path.Combine(Repository.Root, "..", "shared", "corpus", "ghost", "content-api-posts.json"))).RootElement.GetProperty("posts")[0].Clone();

    private readonly TestContent _content = new(server);
    private readonly GhostApi _api = new(server);

    [Fact]
    public async Task A_post_with_tags_and_authors_has_every_property_ghost_returns()
    {
        var (article, tag) = await ArticleAsync("Shape Story");
        var key = await _api.AddKeyAsync();

        var (status, body) = await _api.GetAsync($"posts/?filter=tag:{tag}&include=tags,authors", key);

        Assert.Equal(HttpStatusCode.OK, status);
        var post = Assert.Single(body.GetProperty("posts").EnumerateArray().ToList());
        // Ghost's Content API never exposes an author's e-mail, and Marquee has no Lexical document.
        AssertHasProperties(GhostPost, post, "lexical");
        AssertHasProperties(GhostPost.GetProperty("authors")[0], post.GetProperty("authors")[0], "email");
        AssertHasProperties(GhostPost.GetProperty("tags")[0], post.GetProperty("tags")[0]);
        Assert.Matches(ObjectId(), post.GetProperty("id").GetString());
        Assert.Equal(article.Headline, post.GetProperty("title").GetString());
        Assert.Equal(new Uri(server.BaseAddress, $"/news/{article.Slug}").ToString(), post.GetProperty("url").GetString());
        Assert.Equal(post.GetProperty("authors")[0].GetRawText(), post.GetProperty("primary_author").GetRawText());
        Assert.Equal(tag, post.GetProperty("primary_tag").GetProperty("slug").GetString());
        Assert.Contains("Jane Photographer/Example Agency", post.GetProperty("feature_image_caption").GetString());
        Assert.Equal("""{"page":1,"limit":15,"pages":1,"total":1,"next":null,"prev":null}""", body.GetProperty("meta").GetProperty("pagination").GetRawText());
    }

    [Fact]
    public async Task Without_include_a_post_has_no_tags_or_authors_and_timestamps_are_ghosts()
    {
        var (article, tag) = await ArticleAsync("Plain Story");
        var key = await _api.AddKeyAsync();

        var (_, body) = await _api.GetAsync($"posts/slug/{article.Slug}/", key);

        var post = Assert.Single(body.GetProperty("posts").EnumerateArray().ToList());
        Assert.False(post.TryGetProperty("tags", out _));
        Assert.False(post.TryGetProperty("authors", out _));
        Assert.False(body.TryGetProperty("meta", out _));
        Assert.Matches(GhostTimestamp(), post.GetProperty("published_at").GetString());
        Assert.NotNull(tag);
    }

    [Fact]
    public async Task Fields_trims_each_post_and_formats_chooses_html_or_plaintext()
    {
        var (article, tag) = await ArticleAsync("Fields Story");
        var key = await _api.AddKeyAsync();

        var (_, trimmed) = await _api.GetAsync($"posts/?filter=tag:{tag}&fields=title,url", key);
        var (_, plain) = await _api.GetAsync($"posts/?filter=tag:{tag}&formats=plaintext", key);

        Assert.Equal(["title", "url"], trimmed.GetProperty("posts")[0].EnumerateObject().Select(p => p.Name));
        var post = plain.GetProperty("posts")[0];
        Assert.False(post.TryGetProperty("html", out _));
        Assert.Equal($"The body of {article.Headline}.", post.GetProperty("plaintext").GetString());
    }

    [Fact]
    public async Task Tags_and_authors_count_their_published_posts_and_order_by_that_count()
    {
        var author = await _content.AuthorAsync("Counted Writer");
        var busy = await _content.TagAsync("Busy Tag");
        var quiet = await _content.TagAsync("Quiet Tag");
        await _content.ArticleAsync("Count One", [author], [busy, quiet]);
        await _content.ArticleAsync("Count Two", [author], [busy]);
        await _content.ArticleAsync("Count Draft", [author], [quiet], a => a with { Status = ArticleStatus.Draft, PublishedAt = null });
        var key = await _api.AddKeyAsync();

        var (_, tags) = await _api.GetAsync($"tags/?filter=slug:[{busy},{quiet}]&include=count.posts&order=count.posts%20asc", key);
        var (_, authors) = await _api.GetAsync($"authors/slug/{author}/?include=count.posts", key);

        Assert.Equal([quiet, busy], GhostApi.Slugs(tags, "tags"));
        Assert.Equal([1, 2], tags.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("count").GetProperty("posts").GetInt32()));
        Assert.Equal(2, authors.GetProperty("authors")[0].GetProperty("count").GetProperty("posts").GetInt32());
    }

    [Fact]
    public async Task An_author_without_published_stories_is_not_listed()
    {
        var author = await _content.AuthorAsync("Unpublished Writer");
        await _content.ArticleAsync("Only A Draft", [author], configure: a => a with { Status = ArticleStatus.Draft, PublishedAt = null });
        var key = await _api.AddKeyAsync();

        var (status, body) = await _api.GetAsync($"authors/slug/{author}/", key);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(("NotFoundError", "Author not found."), GhostApi.Error(body));
    }

    [Fact]
    public async Task Pages_and_settings_answer_in_ghosts_shape()
    {
        var slug = TestContent.UniqueSlug("about");
        await server.WriteAsync((services, ct) => services.GetRequiredService<SaveStaticPage>().SaveAsync(new StaticPageInput(slug, "About Us", "Who we are."), ct));
        var key = await _api.AddKeyAsync();

        var (_, page) = await _api.GetAsync($"pages/slug/{slug}/", key);
        var (_, settings) = await _api.GetAsync("settings/", key);

        Assert.True(page.GetProperty("pages")[0].GetProperty("page").GetBoolean());
        Assert.Equal(new Uri(server.BaseAddress, $"/p/{slug}").ToString(), page.GetProperty("pages")[0].GetProperty("url").GetString());
        Assert.Equal("Marquee", settings.GetProperty("settings").GetProperty("title").GetString());
        Assert.Contains("About Us", settings.GetProperty("settings").GetProperty("secondary_navigation").EnumerateArray().Select(l => l.GetProperty("label").GetString()));
    }

    private async Task<(ArticleInput Article, string Tag)> ArticleAsync(string headline)
    {
        var author = await _content.AuthorAsync($"{headline} Writer", "Writes about stars.");
        var tag = await _content.TagAsync($"{headline} Tag");
        var article = await _content.ArticleAsync(headline, [author], [tag], a => a with
        {
            FeatureImage = new FeatureImage("/demo/red-carpet.svg", "A red carpet", "Arrivals", "Jane Photographer/Example Agency"),
        });
        return (article, tag);
    }

    private static void AssertHasProperties(JsonElement reference, JsonElement actual, params string[] except)
    {
        var missing = reference.EnumerateObject().Select(p => p.Name).Except(except)
            .Where(name => !actual.TryGetProperty(name, out _))
            .ToList();
        Assert.Empty(missing);
    }

    [GeneratedRegex("^[0-9a-f]{24}$")]
    private static partial Regex ObjectId();

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$")]
    private static partial Regex GhostTimestamp();
}
