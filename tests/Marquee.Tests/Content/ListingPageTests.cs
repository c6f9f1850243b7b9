using Marquee.Content.Tags;

namespace Marquee.Tests.Content;

public sealed class ListingPageTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private readonly TestContent _content = new(server);

    [Fact]
    public async Task Home_shows_top_stories_and_then_the_latest_newest_first_without_them()
    {
        var older = await _content.ArticleAsync("Older Story", configure: a => a with { PublishedAt = DateTime.UtcNow });
        var top = await _content.ArticleAsync("Top Story Today", configure: a => a with { IsTopStory = true, PublishedAt = DateTime.UtcNow });

        var page = await HtmlPage.GetAsync(server.Client, "/");

        Assert.Contains("Top Story Today", page.QuerySelectorAll(".top-stories h3").Select(h => h.TextContent.Trim()));
        var latest = page.QuerySelectorAll("section[aria-labelledby=latest] h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(older.Headline, latest[0]);
        Assert.DoesNotContain(top.Headline, latest);
    }

    [Fact]
    public async Task Tag_page_lists_only_its_stories_and_section_lives_under_section()
    {
        var tag = await _content.TagAsync("Kelly Clarkson", TagKind.Person);
        var section = await _content.TagAsync("Music", TagKind.Section);
        var tagged = await _content.ArticleAsync("Tagged Story", tags: [section, tag]);
        var other = await _content.ArticleAsync("Untagged Story");

        var tagPage = await HtmlPage.GetAsync(server.Client, $"/tag/{tag}");
        var sectionPage = await HtmlPage.GetAsync(server.Client, $"/section/{section}");
        using var sectionUnderTag = await server.Client.GetAsync($"/tag/{section}", TestContext.Current.CancellationToken);

        var headlines = tagPage.QuerySelectorAll(".card h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains(tagged.Headline, headlines);
        Assert.DoesNotContain(other.Headline, headlines);
        Assert.Equal("Kelly Clarkson", tagPage.Text("h1"));
        Assert.Equal("Music", sectionPage.Text("h1"));
        Assert.Equal(HttpStatusCode.MovedPermanently, sectionUnderTag.StatusCode);
        Assert.Equal($"/section/{section}", sectionUnderTag.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Author_page_shows_profile_and_stories()
    {
        var author = await _content.AuthorAsync("Jess Cohen", "News editor.");
        var article = await _content.ArticleAsync("Story by Jess", authors: [author]);

        var page = await HtmlPage.GetAsync(server.Client, $"/author/{author}");

        Assert.Equal("Jess Cohen", page.Text("h1"));
        Assert.Equal("News editor.", page.Text(".listing-header .dek"));
        Assert.Contains(article.Headline, page.QuerySelectorAll(".card h3").Select(h => h.TextContent.Trim()));
    }

    [Fact]
    public async Task Lists_paginate_with_next_and_previous_links()
    {
        var tag = await _content.TagAsync("Paged");
        for (var i = 0; i < 22; i++)
        {
            await _content.ArticleAsync($"Paged Story {i}", tags: [tag], configure: a => a with { PublishedAt = DateTime.UtcNow.AddMinutes(-i) });
        }

        var first = await HtmlPage.GetAsync(server.Client, $"/tag/{tag}");
        var second = await HtmlPage.GetAsync(server.Client, $"/tag/{tag}?page=2");

        Assert.Equal(20, first.QuerySelectorAll(".card").Length);
        Assert.Equal($"/tag/{tag}?page=2", first.QuerySelector("a[rel=next]")?.GetAttribute("href"));
        Assert.Equal(2, second.QuerySelectorAll(".card").Length);
        Assert.Equal($"/tag/{tag}", second.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
        Assert.EndsWith($"/tag/{tag}?page=2", second.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/tag/no-such-tag")]
    [InlineData("/section/no-such-section")]
    [InlineData("/author/no-such-author")]
    [InlineData("/p/no-such-page")]
    [InlineData("/no/such/path")]
    public async Task Unknown_things_answer_a_friendly_404(string path)
    {
        using var response = await server.Client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = HtmlPage.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Page not found", page.Text("h1"));
        Assert.NotNull(page.QuerySelector("a[href='/']"));
    }
}
