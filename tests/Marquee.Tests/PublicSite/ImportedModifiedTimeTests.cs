using System.Text.Json;
using System.Xml.Linq;
using Marquee.Tests.Import;

namespace Marquee.Tests.PublicSite;

/// <summary>An imported story says it was last changed when its source changed it, not on the day it was imported.</summary>
public sealed class ImportedModifiedTimeTests : IAsyncLifetime
{
    private const string Modified = "2017-11-21T09:30:00Z";

    private readonly GhostHarness _ghost = new();

    public async ValueTask InitializeAsync()
    {
        await _ghost.StartAsync();
        await _ghost.ImportAsync(await _ghost.WriteAsync($$$"""
            {"meta":{},"data":{"posts":[{"title":"Pink wins","slug":"pink-wins","status":"published",
              "published_at":"2017-11-20T04:04:00Z","updated_at":"{{{Modified}}}","html":"<p>She did.</p>"}]}}
            """));
    }

    [Fact]
    public async Task The_article_page_gives_the_sources_time_to_social_cards_and_structured_data()
    {
        var page = await HtmlPage.GetAsync(_ghost.Server.Client, "/news/pink-wins");

        Assert.Equal(Modified, page.QuerySelector("meta[property='article:modified_time']")?.GetAttribute("content"));
        var graph = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent).Single(j => j.Contains("NewsArticle", StringComparison.Ordinal));
        Assert.Contains($"\"dateModified\":\"{Modified}\"", graph, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Atom_json_feed_and_the_sitemap_give_the_sources_time()
    {
        var client = _ghost.Server.Client;
        var cancellationToken = TestContext.Current.CancellationToken;

        var atom = XDocument.Parse(await client.GetStringAsync("/atom", cancellationToken));
        using var json = JsonDocument.Parse(await client.GetStringAsync("/feed.json", cancellationToken));
        var sitemap = await SitemapParser.ParseAsync(await client.GetByteArrayAsync("/sitemap-articles-2017-11.xml", cancellationToken));

        XNamespace ns = "http://www.w3.org/2005/Atom";
        Assert.Equal(Modified, atom.Root!.Element(ns + "entry")!.Element(ns + "updated")!.Value);
        Assert.Equal(Modified, json.RootElement.GetProperty("items")[0].GetProperty("date_modified").GetString());
        Assert.StartsWith("2017-11-21", sitemap.GetProperty("entries")[0].GetProperty("lastmod").GetString(), StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync() => _ghost.DisposeAsync();
}
