using Marquee.Content.Embeds;
using Marquee.Content.Live;

namespace Marquee.Tests.Live;

/// <summary>Embeds by URL in live entries: a link card per known provider, a plain link otherwise, nothing that runs.</summary>
public sealed class LiveEmbedTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private readonly TestLive _live = new(server);

    /// <summary>Post pages and players of every provider, each with the post page it names.</summary>
    public static TheoryData<string, string, string> ProviderAddresses { get; } = new()
    {
        { "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=30", "youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ" },
        { "https://youtu.be/dQw4w9WgXcQ", "youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ" },
        { "https://www.youtube.com/shorts/abc_DEF-123", "youtube", "https://www.youtube.com/watch?v=abc_DEF-123" },
        { "//www.youtube-nocookie.com/embed/abc123", "youtube", "https://www.youtube.com/watch?v=abc123" },
        { "https://player.vimeo.com/video/76979871", "vimeo", "https://vimeo.com/76979871" },
        { "https://twitter.com/pink/status/932421866356645888?s=20", "x", "https://x.com/pink/status/932421866356645888" },
        { "https://x.com/AMAs/status/932421866356645888", "x", "https://x.com/AMAs/status/932421866356645888" },
        { "https://www.instagram.com/p/BbrmPXnFc1A/?utm_source=ig", "instagram", "https://www.instagram.com/p/BbrmPXnFc1A/" },
        { "https://www.tiktok.com/@kellyclarkson/video/7234567890123456789", "tiktok", "https://www.tiktok.com/%40kellyclarkson/video/7234567890123456789" },
    };

    /// <summary>Addresses of no known provider, and the ones no page may link at all.</summary>
    public static TheoryData<string> NotEmbeds { get; } = new()
    {
        "https://example.com/watch?v=abc",
        "https://www.youtube.com/watch?v=%22%3E%3Cscript%3E",
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "https://x.com/pink",
        "ftp://www.youtube.com/watch?v=abc",
        "",
    };

    [Theory]
    [MemberData(nameof(ProviderAddresses))]
    public void Each_provider_address_names_its_post_page(string address, string provider, string page)
    {
        var embed = EmbedProviders.Recognise(address);

        Assert.NotNull(embed);
        Assert.Equal((provider, page), (embed.Provider, embed.Page.ToString()));
    }

    [Theory]
    [MemberData(nameof(NotEmbeds))]
    public void Anything_else_is_no_embed(string address) => Assert.Null(EmbedProviders.Recognise(address));

    [Fact]
    public async Task A_provider_address_alone_on_a_line_is_a_link_card_an_unknown_one_a_plain_link_and_a_worded_link_stays_a_link()
    {
        var (id, slug) = await _live.StoryAsync("Embed night");
        var entry = await _live.PostAsync(id, "Pink's performance:\n\nhttps://youtu.be/dQw4w9WgXcQ\n\nhttps://example.com/clip\n\n[the post](https://x.com/pink/status/932421866356645888)");

        var page = await HtmlPage.GetAsync(server.Client, $"/live/{slug}");
        var card = page.QuerySelector($"#entry-{entry.Id} figure.live-embed");

        Assert.NotNull(card);
        Assert.Equal("youtube", card.GetAttribute("data-embed-provider"));
        Assert.Equal("https://www.youtube.com/watch?v=dQw4w9WgXcQ", card.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("YouTube", card.TextContent, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll($"#entry-{entry.Id} figure.live-embed"));
        Assert.Equal("https://example.com/clip", page.QuerySelector($"#entry-{entry.Id} .live-body p a[href='https://example.com/clip']")?.TextContent);
        Assert.Equal("the post", page.QuerySelector($"#entry-{entry.Id} .live-body p a[href^='https://x.com/']")?.TextContent);
        Assert.Empty(page.QuerySelectorAll("iframe"));
    }

    [Fact]
    public async Task Script_and_data_addresses_and_markup_in_an_embed_address_are_inert_on_the_page_in_updates_and_in_the_feed()
    {
        var (id, slug) = await _live.StoryAsync("Embed XSS night");
        var since = LiveStoryTests.Since(await _live.UpdatesPathAsync(slug));
        await _live.PostAsync(id, new LiveEntryInput
        {
            BodyMarkdown = "javascript:alert(1)\n\n<javascript:alert(2)>\n\ndata:text/html,<script>alert(3)</script>\n\n<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>\n\n"
                + "https://www.youtube.com/watch?v=\"><script>alert(4)</script>\n\nhttps://youtu.be/abc\"onmouseover=\"alert(5)",
        });

        var page = await HtmlPage.GetAsync(server.Client, $"/live/{slug}");
        var update = await server.Client.GetStringAsync($"/live/{slug}/updates?since={since}", TestContext.Current.CancellationToken);
        var feed = await server.Client.GetStringAsync($"/live/{slug}/atom", TestContext.Current.CancellationToken);

        Assert.Empty(HtmlHazards.In(page.QuerySelector(".live-stream")!.OuterHtml));
        Assert.Empty(HtmlHazards.In(update));
        Assert.Empty(HtmlHazards.In(System.Xml.Linq.XDocument.Parse(feed).Descendants().Where(e => e.Name.LocalName == "content").Select(e => e.Value).Single()));
        Assert.DoesNotContain(page.QuerySelectorAll(".live-stream a"), a => (a.GetAttribute("href") ?? "").StartsWith("javascript", StringComparison.OrdinalIgnoreCase) || (a.GetAttribute("href") ?? "").StartsWith("data", StringComparison.OrdinalIgnoreCase));
    }
}
