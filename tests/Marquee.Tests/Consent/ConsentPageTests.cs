using System.Net.Http.Json;

namespace Marquee.Tests.Consent;

/// <summary>
/// The banner is the same bytes for every reader (consent lives in a cookie read by /js/consent.js, never in the cache
/// key), and no page names the analytics tag: the script fetches it only once a reader allows it.
/// </summary>
public sealed class ConsentPageTests(ConsentPageTests.TaggedServer tagged) : IClassFixture<ConsentPageTests.TaggedServer>
{
    private const string AnalyticsTag = "https://analytics.example.com/tag.js";

    private readonly MarqueeServer _server = tagged.Server;
    private readonly TestContent _content = new(tagged.Server);

    [Fact]
    public async Task A_page_is_byte_identical_with_a_consent_cookie_without_one_and_with_a_malformed_one()
    {
        var article = await _content.ArticleAsync("Consent Story");
        var path = $"/news/{article.Slug}";

        var without = await BytesAsync(path, cookie: null);
        var accepted = await BytesAsync(path, "marquee_consent=v=7&a=1&d=1&t=1700000000");
        var rejected = await BytesAsync(path, "marquee_consent=v=7&a=0&d=0&t=1700000000");
        var malformed = await BytesAsync(path, "marquee_consent=%%%;;a=2");

        Assert.Equal(without.Body, accepted.Body);
        Assert.Equal(without.Body, rejected.Body);
        Assert.Equal(without.Body, malformed.Body);
        Assert.All(new[] { without, accepted, rejected, malformed }, page => Assert.DoesNotContain("Cookie", page.Vary, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task No_page_names_the_analytics_tag_and_the_tag_list_does_once_asked()
    {
        var page = await HtmlPage.GetAsync(_server.Client, "/");
        var html = page.DocumentElement.OuterHtml;

        var tags = await _server.Client.GetFromJsonAsync<Dictionary<string, string?>>("/api/consent/tags", TestContext.Current.CancellationToken);

        Assert.DoesNotContain("analytics.example.com", html, StringComparison.Ordinal);
        Assert.Equal(AnalyticsTag, tags!["analytics"]);
        Assert.Equal("analytics", page.QuerySelector("#consent")!.GetAttribute("data-tagged"));
        Assert.Equal("7", page.QuerySelector("#consent")!.GetAttribute("data-policy"));
    }

    [Fact]
    public async Task Every_public_page_has_the_banner_hidden_and_the_privacy_links_in_its_footer()
    {
        var page = await HtmlPage.GetAsync(_server.Client, "/");

        var banner = page.QuerySelector("section#consent")!;
        var links = page.QuerySelectorAll("footer .privacy-links a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();

        Assert.True(banner.HasAttribute("hidden"));
        Assert.Equal(["Accept all", "Reject all", "Settings"], banner.QuerySelectorAll("button:not([hidden])").Select(b => b.TextContent));
        Assert.Equal([("Cookie settings", "#consent"), ("Your Privacy Choices", "/p/privacy-choices"), ("AdChoices", "https://optout.aboutads.info/")], links);
        Assert.NotNull(page.QuerySelector("script[src^='/js/consent.js']"));
    }

    [Fact]
    public async Task The_newsroom_has_no_banner_and_no_consent_script()
    {
        var page = await HtmlPage.GetAsync(_server.Client, "/newsroom/login");

        Assert.Null(page.QuerySelector("#consent"));
        Assert.Null(page.QuerySelector("script[src^='/js/consent.js']"));
    }

    private async Task<(byte[] Body, string Vary)> BytesAsync(string path, string? cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        using var response = await _server.Client.SendAsync(request, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), string.Join(',', response.Headers.Vary));
    }

    public sealed class TaggedServer : IAsyncLifetime
    {
        public MarqueeServer Server { get; } = new()
        {
            Settings =
            {
                ["Marquee:Consent:PolicyVersion"] = "7",
                ["Marquee:Consent:AnalyticsTagUrl"] = AnalyticsTag,
                ["Marquee:Consent:PrivacyChoicesUrl"] = "/p/privacy-choices",
            },
        };

        public ValueTask InitializeAsync() => Server.InitializeAsync();

        public ValueTask DisposeAsync() => Server.DisposeAsync();
    }
}
