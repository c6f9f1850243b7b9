using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Content.Previews;

namespace Marquee.Tests.Content;

/// <summary>A preview link shows a draft to someone without an account, never from a cache, until it expires; a forged link shows nothing.</summary>
public sealed class PreviewLinkTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private readonly TestContent _content = new(server);

    private PreviewLinks Links => server.Services.GetRequiredService<PreviewLinks>();

    [Fact]
    public async Task A_draft_is_shown_through_its_link_only_never_cached_nor_indexed()
    {
        var draft = await _content.ArticleAsync("Secret Draft Story", configure: a => a with { Status = ArticleStatus.Draft, PublishedAt = null });
        var link = Links.Create(await _content.IdAsync(draft), TimeSpan.FromHours(1));

        using var preview = await server.Client.GetAsync(link.Path, TestContext.Current.CancellationToken);
        using var publicPage = await server.Client.GetAsync($"/news/{draft.Slug}", TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound), (preview.StatusCode, publicPage.StatusCode));
        var page = HtmlPage.Parse(await preview.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Secret Draft Story", page.Text("h1"));
        Assert.Contains("Preview of a draft story", page.Text(".preview-banner"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".share"));
        Assert.Equal("no-store, private", preview.Headers.CacheControl!.ToString());
        Assert.Equal("noindex, nofollow", preview.Headers.GetValues("X-Robots-Tag").Single());
        Assert.Equal("no-referrer", preview.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task An_edit_shows_at_once_through_the_same_link()
    {
        var draft = await _content.ArticleAsync("Before The Edit", configure: a => a with { Status = ArticleStatus.Draft, PublishedAt = null });
        var link = Links.Create(await _content.IdAsync(draft), TimeSpan.FromHours(1));
        await HtmlPage.GetAsync(server.Client, link.Path);

        await _content.SaveAsync(draft with { Headline = "After The Edit" });

        Assert.Equal("After The Edit", (await HtmlPage.GetAsync(server.Client, link.Path)).Text("h1"));
    }

    [Fact]
    public async Task An_expired_link_is_gone_and_a_forged_or_altered_one_is_unknown()
    {
        var draft = await _content.ArticleAsync("Short Lived Preview", configure: a => a with { Status = ArticleStatus.Draft, PublishedAt = null });
        var link = Links.Create(await _content.IdAsync(draft), TimeSpan.FromSeconds(1));
        var token = link.Path["/preview/".Length..];
        var altered = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];

        using var forged = await server.Client.GetAsync("/preview/not-a-token", TestContext.Current.CancellationToken);
        using var tampered = await server.Client.GetAsync($"/preview/{altered}", TestContext.Current.CancellationToken);
        // On a loaded box the two requests above may already have outlasted the link.
        await Task.Delay(TimeSpan.FromTicks(Math.Max(0, (link.Expires - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(200)).Ticks)), TestContext.Current.CancellationToken);
        using var expired = await server.Client.GetAsync(link.Path, TestContext.Current.CancellationToken);

        Assert.Equal(
            (HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.Gone),
            (forged.StatusCode, tampered.StatusCode, expired.StatusCode));
        Assert.DoesNotContain("Short Lived Preview", await expired.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-60)]
    [InlineData(31 * 24 * 3600)]
    public void A_link_lasts_more_than_zero_and_at_most_thirty_days(int seconds)
    {
        var error = Assert.Throws<ContentValidationException>(() => Links.Create(1, TimeSpan.FromSeconds(seconds)));

        Assert.Contains("at most 30 days", error.Message, StringComparison.Ordinal);
    }
}
