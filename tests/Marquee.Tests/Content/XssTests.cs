using AngleSharp.Dom;
using Marquee.Tests.Infrastructure;

namespace Marquee.Tests.Content;

/// <summary>Script payloads in stored content must render inert wherever the content is shown.</summary>
public sealed class XssTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private const string Payloads = """
        <script>alert('body')</script>
        <img src="x" onerror="alert('img')">
        <svg onload="alert('svg')"><circle r="1"/></svg>
        <a href="javascript:alert('link')">click</a>
        <a href="JaVaScRiPt:alert('mixed')">mixed</a>
        <iframe src="https://evil.example/"></iframe>
        <p style="background:url(javascript:alert('css'))" onclick="alert('p')">styled</p>

        [markdown link](javascript:alert('md'))
        """;

    private readonly TestContent _content = new(server);

    [Fact]
    public async Task Script_payloads_in_body_headline_and_dek_render_inert()
    {
        var tag = await _content.TagAsync("<script>alert('tag')</script>");
        var article = await _content.ArticleAsync("<script>alert('headline')</script> \"Quoted\" & </title>", tags: [tag], configure: a => a with
        {
            Dek = "<img src=x onerror=alert('dek')>",
            BodyMarkdown = Payloads,
        });

        var article_ = await HtmlPage.GetAsync(server.Client, $"/news/{article.Slug}");
        var tagPage = await HtmlPage.GetAsync(server.Client, $"/tag/{tag}");

        foreach (var page in new[] { article_, tagPage })
        {
            AssertInert(page);
        }

        Assert.Equal("<script>alert('headline')</script> \"Quoted\" & </title>", article_.Text("h1"));
        Assert.Contains("</title>", article_.Title, StringComparison.Ordinal);
    }

    private static void AssertInert(IDocument page)
    {
        // JSON-LD is a data block, never run: it may exist, but only as JSON that parses.
        Assert.Empty(page.QuerySelectorAll("script:not([type='application/ld+json']), iframe, svg, object, embed"));
        Assert.All(page.QuerySelectorAll("script[type='application/ld+json']"), script => System.Text.Json.JsonDocument.Parse(script.TextContent).Dispose());
        var attributes = page.All.SelectMany(e => e.Attributes).ToList();
        Assert.DoesNotContain(attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(attributes, a => a.Name == "style");
        Assert.DoesNotContain(attributes, a => a.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
    }
}
