using Marquee.Content.Articles;
using Marquee.Content.Tags;

namespace Marquee.Tests.Content;

public sealed class ArticlePageTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private readonly TestContent _content = new(server);

    [Fact]
    public async Task Article_page_shows_headline_byline_in_order_tags_and_credit()
    {
        var first = await _content.AuthorAsync("Mike Vulpo");
        var second = await _content.AuthorAsync("Jess Cohen");
        var section = await _content.TagAsync("Music", TagKind.Section);
        var person = await _content.TagAsync("Pink", TagKind.Person);
        var article = await _content.ArticleAsync("Pink Opens the Show", [first, second], [section, person], a => a with
        {
            Dek = "A powerful start",
            FeatureImage = new FeatureImage("/demo/x.jpg", "Pink on stage", "Pink performs", "Kevin Winter/Getty Images"),
        });

        var page = await HtmlPage.GetAsync(server.Client, $"/news/{article.Slug}");

        Assert.Equal("Pink Opens the Show", page.Text("h1"));
        Assert.Equal(["Mike Vulpo", "Jess Cohen"], page.QuerySelectorAll(".byline a[rel=author]").Select(a => a.TextContent));
        Assert.Equal("Kevin Winter/Getty Images", page.Text("figure.feature .credit"));
        Assert.Equal(["Music", "Pink"], page.QuerySelectorAll(".tags li a").Select(a => a.TextContent));
        Assert.Equal($"/section/{section}", page.QuerySelector(".tags li a")!.GetAttribute("href"));
        Assert.EndsWith($"/news/{article.Slug}", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Pull_quote_block_renders_as_a_pull_quote_in_the_body()
    {
        var article = await _content.ArticleAsync("Quote Story", configure: a => a with
        {
            BodyMarkdown = "First paragraph.\n\n:::pullquote\n\"I love Kelly Clarkson,\" Pink shared.\n:::\n\nLast paragraph.",
        });

        var page = await HtmlPage.GetAsync(server.Client, $"/news/{article.Slug}");

        Assert.Equal("\"I love Kelly Clarkson,\" Pink shared.", page.Text(".body .pullquote"));
        Assert.Equal(["First paragraph.", "\"I love Kelly Clarkson,\" Pink shared.", "Last paragraph."], page.QuerySelectorAll(".body p").Select(p => p.TextContent.Trim()));
    }

    [Fact]
    public async Task Changed_slug_answers_301_to_the_new_one()
    {
        var article = await _content.ArticleAsync("Old Name");
        var renamed = article with { Slug = TestContent.UniqueSlug("new-name") };
        await _content.SaveAsync(renamed);

        using var response = await server.Client.GetAsync($"/news/{article.Slug}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/news/{renamed.Slug}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Unpublished_article_answers_410_and_unknown_answers_404()
    {
        var article = await _content.ArticleAsync("Taken Down");
        await _content.SaveAsync(article with { Status = ArticleStatus.Unpublished });

        using var gone = await server.Client.GetAsync($"/news/{article.Slug}", TestContext.Current.CancellationToken);
        using var missing = await server.Client.GetAsync("/news/no-such-story", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Contains("no longer available", await gone.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_evicts_the_cached_article_page()
    {
        var article = await _content.ArticleAsync("Before the Edit");
        await HtmlPage.GetAsync(server.Client, $"/news/{article.Slug}");

        await _content.SaveAsync(article with { Headline = "After the Edit" });
        var page = await HtmlPage.GetAsync(server.Client, $"/news/{article.Slug}");

        Assert.Equal("After the Edit", page.Text("h1"));
    }
}
