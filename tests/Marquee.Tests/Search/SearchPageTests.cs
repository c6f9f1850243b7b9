using System.Net;
using AngleSharp.Dom;

namespace Marquee.Tests.Search;

/// <summary>
/// /search over HTTP: results with highlighted snippets, a reader's input and stored text never echoed as markup, bad
/// input refused with a reason, hostile query syntax searched as text, the masthead's search form on every page.
/// </summary>
public sealed class SearchPageTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private TestContent Content => new(server);

    [Fact]
    public async Task Results_show_the_story_with_its_match_highlighted()
    {
        var word = UniqueWords.Next();
        var story = await Content.ArticleAsync("Backstage at the Finale", configure: a => a with { BodyMarkdown = $"Nobody expected the {word} moment." });

        var page = await HtmlPage.GetAsync(server.Client, $"/search?q={word}");

        Assert.Equal([story.Headline], page.QuerySelectorAll(".search-results .card h3").Select(h => h.TextContent.Trim()));
        Assert.Equal(word, page.QuerySelector(".search-results .snippet mark")?.TextContent);
        Assert.Equal(word, page.QuerySelector("#search-q")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Script_in_a_story_and_in_the_query_is_shown_as_text()
    {
        var word = UniqueWords.Next();
        await Content.ArticleAsync("<script>alert('headline')</script> Night", configure: a => a with { BodyMarkdown = $"{word} <img src=x onerror=alert(1)> and `<script>alert(2)</script>` and `\"><svg onload=alert(2)>`" });
        var query = $"{word} <script>alert(2)</script>\"><svg onload=alert(2)>";

        using var response = await server.Client.GetAsync($"/search?q={Uri.EscapeDataString(query)}", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var page = HtmlPage.Parse(html);
        page.QuerySelector("form.search-form")!.Remove();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(HtmlHazards.In(page));
        Assert.Contains(query, page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll(".search-results li"));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("NEAR(kelly clarkson, 2)")]
    [InlineData("kelly*")]
    [InlineData("(kelly OR")]
    [InlineData("title:kelly ^2")]
    [InlineData("\"unbalanced phrase")]
    [InlineData("1' OR '1'='1")]
    [InlineData("%00")]
    public async Task Hostile_syntax_never_fails_the_page(string text)
    {
        using var response = await server.Client.GetAsync($"/search?q={Uri.EscapeDataString(text)}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_query_over_the_length_limit_is_refused_with_the_reason()
    {
        using var response = await server.Client.GetAsync($"/search?q={new string('a', 401)}", TestContext.Current.CancellationToken);
        var page = HtmlPage.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("401 characters long; the most is 400", page.Text(".search-problem"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tag=no-such-tag", "There is no tag 'no-such-tag'.")]
    [InlineData("section=no-such-section", "There is no section 'no-such-section'.")]
    [InlineData("author=nobody-here", "There is no author 'nobody-here'.")]
    [InlineData("from=yesterday", "from 'yesterday' is not a date (YYYY-MM-DD)")]
    [InlineData("to=2024-13-01", "to '2024-13-01' is not a date (YYYY-MM-DD)")]
    public async Task A_bad_filter_is_refused_naming_it(string filter, string problem)
    {
        using var response = await server.Client.GetAsync($"/search?q=kelly&{filter}", TestContext.Current.CancellationToken);
        var page = HtmlPage.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(problem, page.Text(".search-problem"));
    }

    [Fact]
    public async Task No_results_suggest_tags_named_like_the_query()
    {
        var name = UniqueWords.Name();
        var tag = await Content.TagAsync($"{name} Tour");

        var page = await HtmlPage.GetAsync(server.Client, $"/search?q={name}+{UniqueWords.Next()}+");

        Assert.Contains("No stories matched", page.Text(".empty"), StringComparison.Ordinal);
        Assert.Equal([$"/tag/{tag}"], page.QuerySelectorAll(".search-tags a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task A_misspelt_name_says_what_it_searched_for_instead()
    {
        var name = UniqueWords.Name();
        var person = await Content.TagAsync(name, Marquee.Content.Tags.TagKind.Person);
        var story = await Content.ArticleAsync("Surprise Duet", tags: [person]);
        var misspelt = name[..4] + (name[4] == 'x' ? 'y' : 'x') + name[5..];

        var page = await HtmlPage.GetAsync(server.Client, $"/search?q={misspelt}");

        Assert.Equal(story.Headline, page.Text(".search-results .card h3"));
        Assert.Equal($"Nothing matched “{misspelt.ToLowerInvariant()}”. Showing results for {name.ToLowerInvariant()}.", page.Text(".search-corrected"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search")]
    [InlineData("/p/missing-page-answers-404-with-the-layout")]
    public async Task Every_page_has_the_masthead_search_form_with_a_label(string path)
    {
        using var response = await server.Client.GetAsync(path, TestContext.Current.CancellationToken);
        var page = HtmlPage.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var form = page.QuerySelector("header.masthead form[role='search']");
        Assert.NotNull(form);
        Assert.Equal("/search", form.GetAttribute("action"));
        var input = form.QuerySelector<IElement>("input[name='q']");
        Assert.NotNull(input);
        Assert.Equal("Search", page.QuerySelector($"label[for='{input.Id}']")?.TextContent);
    }
}
