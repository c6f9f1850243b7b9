using System.Text.Json;
using AngleSharp.Dom;
using Marquee.Content.Articles;
using Marquee.Content.Tags;

namespace Marquee.Tests.Distribution;

/// <summary>JSON-LD, OpenGraph and Twitter cards and share links, read from the rendered pages as a crawler reads them.</summary>
public sealed class StructuredDataTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private readonly TestContent _content = new(server);

    [Fact]
    public async Task An_article_page_describes_a_news_article_with_bylines_photo_publisher_and_page()
    {
        var (article, section, first, second) = await StoryAsync("Jsonld Story");

        var document = await HtmlPage.GetAsync(server.Client, $"/news/{article.Slug}");
        var news = Single(JsonLd(document), "NewsArticle");
        var saved = await TestContent.LoadAsync(server, article.Slug);

        Assert.Equal(article.Headline, news.GetProperty("headline").GetString());
        Assert.Equal("The dek of the story.", news.GetProperty("description").GetString());
        Assert.Equal(saved.PublishedAt!.Value, news.GetProperty("datePublished").GetDateTime(), TimeSpan.FromSeconds(1));
        Assert.True(news.GetProperty("dateModified").GetDateTime() >= news.GetProperty("datePublished").GetDateTime());
        Assert.Equal(
            [("Person", "Ann Writer", Absolute($"/author/{first}")), ("Person", "Ben Writer", Absolute($"/author/{second}"))],
            news.GetProperty("author").EnumerateArray().Select(a => (a.GetProperty("@type").GetString(), a.GetProperty("name").GetString(), a.GetProperty("url").GetString())));
        var image = news.GetProperty("image")[0];
        Assert.Equal(Absolute("/demo/amas-stage.svg"), image.GetProperty("url").GetString());
        Assert.Equal("The stage", image.GetProperty("caption").GetString());
        Assert.Equal("Jane Photographer/Example Agency", image.GetProperty("creditText").GetString());
        Assert.Equal(Absolute("/logo.png"), news.GetProperty("publisher").GetProperty("logo").GetProperty("url").GetString());
        Assert.Equal("Organization", news.GetProperty("publisher").GetProperty("@type").GetString());
        Assert.Equal(Absolute($"/news/{article.Slug}"), news.GetProperty("mainEntityOfPage").GetProperty("@id").GetString());
        Assert.Equal("Jsonld Story Section", news.GetProperty("articleSection").GetString());
        Assert.Equal(["Jsonld Story Section", "Jsonld Story Topic"], news.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        Assert.NotNull(section);
    }

    [Fact]
    public async Task The_publisher_logo_is_a_png_the_site_serves()
    {
        using var response = await server.Client.GetAsync("/logo.png", TestContext.Current.CancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
    }

    [Fact]
    public async Task An_article_page_has_the_breadcrumb_home_section_headline()
    {
        var (article, section, _, _) = await StoryAsync("Crumb Story");

        var crumbs = Single(JsonLd(await HtmlPage.GetAsync(server.Client, $"/news/{article.Slug}")), "BreadcrumbList");

        Assert.Equal(
            [(1, "Home", Absolute("/")), (2, "Crumb Story Section", Absolute($"/section/{section}")), (3, article.Headline, Absolute($"/news/{article.Slug}"))],
            Crumbs(crumbs));
    }

    [Fact]
    public async Task Tag_section_and_author_pages_have_a_breadcrumb_and_no_article()
    {
        var (article, section, author, _) = await StoryAsync("Listing Crumb");
        var tag = article.TagSlugs[1];

        foreach (var (path, name) in new[] { ($"/tag/{tag}", "Listing Crumb Topic"), ($"/section/{section}", "Listing Crumb Section"), ($"/author/{author}", "Ann Writer") })
        {
            var scripts = JsonLd(await HtmlPage.GetAsync(server.Client, path));

            Assert.Equal([(1, "Home", Absolute("/")), (2, name, Absolute(path))], Crumbs(Single(scripts, "BreadcrumbList")));
            Assert.DoesNotContain(scripts, s => s.GetProperty("@type").GetString() == "NewsArticle");
        }
    }

    [Fact]
    public async Task Home_describes_the_organization_with_its_logo_and_the_website()
    {
        var scripts = JsonLd(await HtmlPage.GetAsync(server.Client, "/"));

        var organization = Single(scripts, "Organization");
        Assert.Equal("https://schema.org", organization.GetProperty("@context").GetString());
        Assert.Equal("Marquee", organization.GetProperty("name").GetString());
        Assert.Equal(Absolute("/logo.png"), organization.GetProperty("logo").GetProperty("url").GetString());
        Assert.Equal(Absolute("/"), Single(scripts, "WebSite").GetProperty("url").GetString());
        Assert.DoesNotContain(scripts, s => s.GetProperty("@type").GetString() == "BreadcrumbList");
    }

    [Fact]
    public async Task An_article_page_has_opengraph_and_twitter_cards_with_the_site_card_in_place_of_an_svg_photo()
    {
        var (article, _, _, _) = await StoryAsync("Card Story");
        var url = Absolute($"/news/{article.Slug}");

        var document = await HtmlPage.GetAsync(server.Client, $"/news/{article.Slug}");

        Assert.Equal("article", Meta(document, "og:type"));
        Assert.Equal(article.Headline, Meta(document, "og:title"));
        Assert.Equal("The dek of the story.", Meta(document, "og:description"));
        Assert.Equal(url, Meta(document, "og:url"));
        Assert.Equal("Marquee", Meta(document, "og:site_name"));
        Assert.Equal(Absolute("/img/share.png"), Meta(document, "og:image"));
        Assert.Equal("Marquee", Meta(document, "og:image:alt"));
        Assert.Equal("Card Story Section", Meta(document, "article:section"));
        Assert.Equal(["Card Story Section", "Card Story Topic"], document.QuerySelectorAll("meta[property='article:tag']").Select(m => m.GetAttribute("content")));
        Assert.NotNull(Meta(document, "article:published_time"));
        Assert.NotNull(Meta(document, "article:modified_time"));
        Assert.Equal("summary_large_image", Meta(document, "twitter:card"));
        Assert.Equal(article.Headline, Meta(document, "twitter:title"));
        Assert.Equal(Absolute("/img/share.png"), Meta(document, "twitter:image"));
        Assert.Equal("Marquee", Meta(document, "twitter:image:alt"));
    }

    [Fact]
    public async Task A_page_without_a_photo_shares_the_sites_raster_card_and_a_website_type()
    {
        var tag = await _content.TagAsync("Plain Card Topic");

        var document = await HtmlPage.GetAsync(server.Client, $"/tag/{tag}");
        using var card = await server.Client.GetAsync("/img/share.png", TestContext.Current.CancellationToken);

        Assert.Equal("website", Meta(document, "og:type"));
        Assert.Equal("summary_large_image", Meta(document, "twitter:card"));
        Assert.Equal(Absolute($"/tag/{tag}"), Meta(document, "og:url"));
        Assert.Equal((Absolute("/img/share.png"), "1200", "630"), (Meta(document, "og:image"), Meta(document, "og:image:width"), Meta(document, "og:image:height")));
        Assert.Equal(("image/png", HttpStatusCode.OK), (card.Content.Headers.ContentType?.MediaType, card.StatusCode));
    }

    [Fact]
    public async Task A_headline_with_quotes_a_closing_script_and_emoji_survives_in_json_ld_and_cards()
    {
        const string headline = "He said \"hi\" </script><script>alert(1)</script> 🎤";
        var article = await _content.ArticleAsync(headline, configure: a => a with { Slug = TestContent.UniqueSlug("escaping"), Dek = "Dek </script> & <b>bold</b>" });

        using var response = await server.Client.GetAsync($"/news/{article.Slug}", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var document = HtmlPage.Parse(html);
        var news = Single(JsonLd(document), "NewsArticle");

        Assert.Equal(headline, news.GetProperty("headline").GetString());
        Assert.Equal("Dek </script> & <b>bold</b>", news.GetProperty("description").GetString());
        // The only scripts are the structured data and the site's own files (the search box's).
        Assert.DoesNotContain(document.Scripts, s => s.GetAttribute("type") != "application/ld+json" && s.GetAttribute("src")?.StartsWith("/js/", StringComparison.Ordinal) != true);
        Assert.DoesNotContain("alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("<script type=\"application/ld+json\">", html, StringComparison.Ordinal);
        Assert.Equal(headline, Meta(document, "og:title"));
        Assert.Equal(headline, Meta(document, "twitter:title"));
    }

    [Fact]
    public async Task Line_separators_are_escaped_so_the_json_ld_is_also_valid_javascript()
    {
        var article = await _content.ArticleAsync("Line\u2028Separator\u2029Story");

        using var response = await server.Client.GetAsync($"/news/{article.Slug}", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var json = HtmlPage.Parse(html).QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent);

        Assert.Contains(json, s => s.Contains("Line\\u2028Separator\\u2029Story", StringComparison.Ordinal));
        Assert.DoesNotContain(json, s => s.Contains('\u2028', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Share_links_carry_the_url_encoded_canonical_url()
    {
        var (article, _, _, _) = await StoryAsync("Share Story & More");
        var encoded = Uri.EscapeDataString(Absolute($"/news/{article.Slug}"));

        var document = await HtmlPage.GetAsync(server.Client, $"/news/{article.Slug}");
        var links = document.QuerySelectorAll(".share a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Contains(links, l => l.StartsWith("https://www.facebook.com/sharer/sharer.php?u=" + encoded, StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith("https://x.com/intent/post?url=" + encoded + "&text=" + Uri.EscapeDataString(article.Headline), StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith("mailto:?subject=" + Uri.EscapeDataString(article.Headline), StringComparison.Ordinal) && l.Contains(encoded, StringComparison.Ordinal));
    }

    private async Task<(ArticleInput Article, string Section, string First, string Second)> StoryAsync(string headline)
    {
        var first = await _content.AuthorAsync("Ann Writer");
        var second = await _content.AuthorAsync("Ben Writer");
        var section = await _content.TagAsync($"{headline} Section", TagKind.Section);
        var topic = await _content.TagAsync($"{headline} Topic");
        var article = await _content.ArticleAsync(headline, [first, second], [section, topic], a => a with
        {
            Dek = "The dek of the story.",
            FeatureImage = new FeatureImage("/demo/amas-stage.svg", "A stage", "The stage", "Jane Photographer/Example Agency"),
        });
        return (article, section, first, second);
    }

    private string Absolute(string path) => new Uri(server.BaseAddress, path).ToString();

    private static List<JsonElement> JsonLd(IDocument document) =>
        document.QuerySelectorAll("script[type='application/ld+json']")
            .Select(script => JsonDocument.Parse(script.TextContent).RootElement.Clone())
            .ToList();

    private static JsonElement Single(List<JsonElement> scripts, string type) =>
        Assert.Single(scripts, s => s.GetProperty("@type").GetString() == type);

    private static List<(int, string?, string?)> Crumbs(JsonElement list) =>
        list.GetProperty("itemListElement").EnumerateArray()
            .Select(i => (i.GetProperty("position").GetInt32(), i.GetProperty("name").GetString(), i.GetProperty("item").GetString()))
            .ToList();

    private static string? Meta(IDocument document, string key) =>
        (document.QuerySelector($"meta[property='{key}']") ?? document.QuerySelector($"meta[name='{key}']"))?.GetAttribute("content");
}
