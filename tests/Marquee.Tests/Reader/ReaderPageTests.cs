using Marquee.Content.Tags;

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

    [Fact]
    public async Task Tag_section_and_author_pages_step_down_one_heading_level_at_a_time()
    {
        var author = await Content.AuthorAsync("Heading Writer");
        var tag = await Content.TagAsync("Heading Topic");
        var section = await Content.TagAsync("Heading Section", TagKind.Section);
        await Content.ArticleAsync("Heading Story", authors: [author], tags: [section, tag]);

        foreach (var path in new[] { $"/tag/{tag}", $"/section/{section}", $"/author/{author}" })
        {
            var levels = (await HtmlPage.GetAsync(server.Client, path)).QuerySelectorAll("main h1, main h2, main h3, main h4").Select(h => h.LocalName[1] - '0').ToList();

            Assert.Equal(1, levels[0]);
            Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"{path}: h{pair.First} is followed by h{pair.Second}"));
        }
    }
}
