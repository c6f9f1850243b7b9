using System.Text.Json;
using Marquee.Content.Articles;
using Marquee.Content.Tags;

namespace Marquee.Tests.Distribution;

/// <summary>Apple News Format article.json for channel stories, checked against Apple's structure by an independent validator, and the channel's change list.</summary>
public sealed class AppleNewsTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private const string Body = """
        The first paragraph, with **bold** words, [a link](https://example.com/more) and [one of ours](/news/older-story).

        ## What happened next

        The second paragraph.

        > I never expected this night.

        - one item
        - two items

        ![First frame](/demo/red-carpet.svg "Arrivals on the carpet")

        ![Second frame](/demo/runway.svg "The runway")

        The closing paragraph.
        """;

    private readonly TestContent _content = new(server);

    [Fact]
    public async Task A_channel_article_is_valid_anf_with_title_intro_byline_photo_and_the_body_in_order()
    {
        var article = await ChannelArticleAsync("Anf Story", Body);

        var bytes = await GetBytesAsync($"/api/apple-news/{article.Slug}");
        using var document = JsonDocument.Parse(bytes);
        var root = document.RootElement;
        var components = root.GetProperty("components").EnumerateArray().ToList();

        Assert.Empty(await AnfValidator.ErrorsAsync(bytes));
        Assert.Equal(article.Headline, root.GetProperty("title").GetString());
        Assert.Equal(
            ["title", "intro", "byline", "figure", "body", "heading2", "body", "pullquote", "body", "gallery", "body"],
            components.Select(c => c.GetProperty("role").GetString()));
        Assert.Equal(article.Headline, components[0].GetProperty("text").GetString());
        Assert.Equal("The dek.", components[1].GetProperty("text").GetString());
        Assert.StartsWith("By Ann Writer and Ben Writer | ", components[2].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(Absolute("/demo/amas-stage.svg"), components[3].GetProperty("URL").GetString());
        Assert.Equal("The stage (Photo: Jane Photographer/Example Agency)", components[3].GetProperty("caption").GetString());
        Assert.Equal(
            $"<p>The first paragraph, with <strong>bold</strong> words, <a href=\"https://example.com/more\">a link</a> and <a href=\"{Absolute("/news/older-story")}\">one of ours</a>.</p>",
            components[4].GetProperty("text").GetString());
        Assert.Equal("html", components[4].GetProperty("format").GetString());
        Assert.Equal("What happened next", components[5].GetProperty("text").GetString());
        Assert.Equal("<p>The second paragraph.</p>", components[6].GetProperty("text").GetString());
        Assert.Equal("I never expected this night.", components[7].GetProperty("text").GetString());
        Assert.Equal("<ul><li>one item</li><li>two items</li></ul>", components[8].GetProperty("text").GetString());
        Assert.Equal(
            [(Absolute("/demo/red-carpet.svg"), "Arrivals on the carpet"), (Absolute("/demo/runway.svg"), "The runway")],
            components[9].GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("URL").GetString(), i.GetProperty("caption").GetString())));
        Assert.Equal("<p>The closing paragraph.</p>", components[10].GetProperty("text").GetString());
    }

    [Fact]
    public async Task The_anf_metadata_names_the_authors_canonical_url_dates_keywords_and_thumbnail()
    {
        var article = await ChannelArticleAsync("Anf Metadata", "Some text.");

        using var document = JsonDocument.Parse(await GetBytesAsync($"/api/apple-news/{article.Slug}"));
        var metadata = document.RootElement.GetProperty("metadata");

        Assert.Equal(["Ann Writer", "Ben Writer"], metadata.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(Absolute($"/news/{article.Slug}"), metadata.GetProperty("canonicalURL").GetString());
        Assert.Equal(Absolute("/demo/amas-stage.svg"), metadata.GetProperty("thumbnailURL").GetString());
        Assert.Contains("Apple News", metadata.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        Assert.True(metadata.GetProperty("dateModified").GetDateTime() >= metadata.GetProperty("datePublished").GetDateTime());
    }

    [Fact]
    public async Task Markup_and_scripts_in_the_body_reach_apple_news_as_text_never_as_markup()
    {
        var article = await ChannelArticleAsync(
            "Anf Payload",
            "Before <script>alert(1)</script><img src=x onerror=alert(2)> &lt;script&gt;alert(3)&lt;/script&gt; <iframe src=\"https://evil.example\"></iframe> after.");

        var bytes = await GetBytesAsync($"/api/apple-news/{article.Slug}");
        using var document = JsonDocument.Parse(bytes);
        var texts = document.RootElement.GetProperty("components").EnumerateArray()
            .Where(c => c.TryGetProperty("text", out _)).Select(c => c.GetProperty("text").GetString()!).ToList();

        Assert.Empty(await AnfValidator.ErrorsAsync(bytes));
        Assert.DoesNotContain(texts, t => t.Contains("<script", StringComparison.OrdinalIgnoreCase) || t.Contains("<iframe", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(texts, t => t.Contains("onerror", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(texts, t => t.Contains("&lt;script&gt;alert(3)&lt;/script&gt;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Articles_outside_the_channel_unpublished_or_unknown_are_404()
    {
        var outside = await _content.ArticleAsync("Not For Apple");
        var withdrawn = await ChannelArticleAsync("Withdrawn Anf", "Text.");
        await _content.SaveAsync(withdrawn with { Status = ArticleStatus.Unpublished });

        foreach (var slug in new[] { outside.Slug, withdrawn.Slug, "no-such-story" })
        {
            using var response = await server.Client.GetAsync($"/api/apple-news/{slug}", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_change_list_shows_a_publish_then_a_delete_after_unpublishing()
    {
        var since = DateTime.UtcNow.AddSeconds(-1).ToString("o");
        var outside = await _content.ArticleAsync("Changes Outside");
        var article = await ChannelArticleAsync("Changes Story", "Text.");

        var published = await ChangesAsync(since);
        await _content.SaveAsync(article with { Status = ArticleStatus.Unpublished });
        var withdrawn = await ChangesAsync(since);

        var entry = Assert.Single(published, c => c.GetProperty("slug").GetString() == article.Slug);
        Assert.Equal("publish", entry.GetProperty("action").GetString());
        Assert.Equal(article.Headline, entry.GetProperty("title").GetString());
        Assert.Equal(Absolute($"/api/apple-news/{article.Slug}"), entry.GetProperty("article").GetString());
        Assert.Equal("delete", Assert.Single(withdrawn, c => c.GetProperty("slug").GetString() == article.Slug).GetProperty("action").GetString());
        Assert.DoesNotContain(published, c => c.GetProperty("slug").GetString() == outside.Slug);
    }

    [Fact]
    public async Task The_change_list_is_oldest_first_and_an_earlier_change_is_an_update_after_its_since()
    {
        var first = await ChannelArticleAsync("Changes First", "Text.");
        var second = await ChannelArticleAsync("Changes Second", "Text.");
        var between = (await ChangesAsync(DateTime.UtcNow.AddMinutes(-1).ToString("o"))).Last().GetProperty("modified").GetString()!;
        await _content.SaveAsync(first with { Dek = "Edited." });

        var all = await ChangesAsync(DateTime.UtcNow.AddMinutes(-1).ToString("o"));
        var later = await ChangesAsync(between);

        Assert.Equal([second.Slug, first.Slug], all.Select(c => c.GetProperty("slug").GetString()).Where(s => s == first.Slug || s == second.Slug));
        Assert.Equal([(first.Slug, "update")], later.Select(c => (c.GetProperty("slug").GetString(), c.GetProperty("action").GetString())));
    }

    [Fact]
    public async Task A_cursor_id_resumes_among_changes_at_the_same_instant()
    {
        var article = await ChannelArticleAsync("Cursor Story", "Text.");
        var change = (await ChangesAsync(DateTime.UtcNow.AddMinutes(-1).ToString("o"))).Single(c => c.GetProperty("slug").GetString() == article.Slug);
        var modified = change.GetProperty("modified").GetString()!;
        var id = long.Parse(change.GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

        var before = await ChangesAsync(modified, id - 1);
        var at = await ChangesAsync(modified, id);

        Assert.Contains(before, c => c.GetProperty("slug").GetString() == article.Slug);
        Assert.DoesNotContain(at, c => c.GetProperty("slug").GetString() == article.Slug);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2024-13-45")]
    [InlineData("Dec 1 2026")]
    public async Task A_bad_since_is_a_400_with_a_clear_json_error(string since)
    {
        using var response = await server.Client.GetAsync($"/api/apple-news/changes?since={Uri.EscapeDataString(since)}", TestContext.Current.CancellationToken);
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("since", error.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_schema_rejects_documents_missing_what_apple_requires()
    {
        var broken = """{"version":"1.7","identifier":"x","title":"t","language":"en","layout":{"columns":7,"width":1024},"components":[{"role":"photo"},{"role":"body"},{"role":"gallery","items":[]},{"role":"bogus","text":"x"}]}"""u8.ToArray();
        var missing = """{"version":"1.7","title":"t","language":"en","layout":{}}"""u8.ToArray();

        var componentErrors = await AnfValidator.ErrorsAsync(broken);
        var topErrors = await AnfValidator.ErrorsAsync(missing);

        Assert.Contains(componentErrors, e => e.StartsWith("/components/0 must have required property 'URL'", StringComparison.Ordinal));
        Assert.Contains(componentErrors, e => e.StartsWith("/components/1 must have required property 'text'", StringComparison.Ordinal));
        Assert.Contains(componentErrors, e => e.StartsWith("/components/2/items", StringComparison.Ordinal));
        Assert.Contains(componentErrors, e => e.StartsWith("/components/3/role", StringComparison.Ordinal));
        Assert.Contains(topErrors, e => e.Contains("'identifier'", StringComparison.Ordinal));
        Assert.Contains(topErrors, e => e.Contains("'components'", StringComparison.Ordinal));
        Assert.Contains(topErrors, e => e.Contains("'columns'", StringComparison.Ordinal));
    }

    private async Task<ArticleInput> ChannelArticleAsync(string headline, string body)
    {
        await server.WriteAsync((services, ct) => services.GetRequiredService<SaveTag>().SaveAsync(new TagInput("apple-news", "Apple News", TagKind.Channel), ct));
        var first = await _content.AuthorAsync("Ann Writer");
        var second = await _content.AuthorAsync("Ben Writer");
        return await _content.ArticleAsync(headline, [first, second], ["apple-news"], a => a with
        {
            Dek = "The dek.",
            BodyMarkdown = body,
            FeatureImage = new FeatureImage("/demo/amas-stage.svg", "A stage", "The stage", "Jane Photographer/Example Agency"),
        });
    }

    private async Task<List<JsonElement>> ChangesAsync(string since, long? after = null)
    {
        var path = $"/api/apple-news/changes?since={Uri.EscapeDataString(since)}" + (after is null ? "" : $"&after={after}");
        using var document = JsonDocument.Parse(await GetBytesAsync(path));
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("next").ValueKind);
        return document.RootElement.GetProperty("changes").EnumerateArray().Select(c => c.Clone()).ToList();
    }

    private async Task<byte[]> GetBytesAsync(string path)
    {
        using var response = await server.Client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
    }

    private string Absolute(string path) => new Uri(server.BaseAddress, path).ToString();
}
