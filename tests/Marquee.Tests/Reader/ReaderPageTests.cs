namespace Marquee.Tests.Reader;

/// <summary>What a reader's browser and a search engine read in the site's pages: heading order, image priority, canonical links, dates.</summary>
public sealed class ReaderPageTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private TestContent Content => new(server);

    [Fact]
    public async Task The_not_found_page_names_no_canonical_and_no_og_url()
    {
        using var response = await server.Client.GetAsync("/tag/no-such-tag-at-all", TestContext.Current.CancellationToken);
        var page = HtmlPage.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.Text("h1"));
        Assert.Empty(page.QuerySelectorAll("link[rel=canonical], meta[property='og:url']"));
    }
}
