using Marquee.Content.Tags;

namespace Marquee.Tests.Ads;

/// <summary>
/// Slots are plain markup in the page, each labelled and reserving its height per breakpoint through /ads/slots.css;
/// the ad server's tag is never in the page; a story tagged ad-free and every outbound format carry none.
/// </summary>
public sealed class AdSlotPageTests(AdSlotPageTests.AdServer ads) : IClassFixture<AdSlotPageTests.AdServer>
{
    private const string AdTag = "https://ads.example.com/adapter.js";
    private const string Body = "First paragraph.\n\n> A quote's own paragraph.\n\nSecond paragraph.\n\n- a list item\n\nThird paragraph.";

    private readonly MarqueeServer _server = ads.Server;
    private readonly TestContent _content = new(ads.Server);

    [Fact]
    public async Task A_story_has_a_leaderboard_a_rail_slot_and_one_after_its_second_top_level_paragraph()
    {
        var article = await _content.ArticleAsync("Slotted Story", configure: a => a with { BodyMarkdown = Body });

        var page = await HtmlPage.GetAsync(_server.Client, $"/news/{article.Slug}");
        var html = page.DocumentElement.OuterHtml;

        Assert.Equal(["leaderboard", "in-article", "rail"], page.QuerySelectorAll("[data-ad-slot]").Select(slot => slot.GetAttribute("data-ad-slot")));
        Assert.NotNull(page.QuerySelector("main > [data-ad-slot=leaderboard]"));
        Assert.NotNull(page.QuerySelector("aside.rail > [data-ad-slot=rail]"));
        Assert.Equal("Second paragraph.", page.QuerySelector(".body [data-ad-slot=in-article]")!.PreviousElementSibling!.TextContent);
        Assert.Equal("0:320x50,300x50 768:728x90", page.QuerySelector("[data-ad-slot=leaderboard]")!.GetAttribute("data-ad-sizes"));
        Assert.All(page.QuerySelectorAll("[data-ad-slot]"), slot => Assert.Equal("Advertisement", slot.QuerySelector(".ad-label")!.TextContent));
        Assert.All(page.QuerySelectorAll("[data-ad-slot] .house-ad img"), img => Assert.Equal("/house.svg", img.GetAttribute("src")));
        Assert.DoesNotContain("ads.example.com", html, StringComparison.Ordinal);
        Assert.Contains("advertising", page.QuerySelector("#consent")!.GetAttribute("data-tagged"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stylesheet_reserves_the_tallest_size_of_each_breakpoint()
    {
        var page = await HtmlPage.GetAsync(_server.Client, "/");
        var href = page.QuerySelector("link[href^='/ads/slots.css']")!.GetAttribute("href")!;

        var css = await _server.Client.GetStringAsync(href, TestContext.Current.CancellationToken);

        Assert.Contains("[data-ad-slot=\"leaderboard\"] .ad-frame { height: 50px; }", css, StringComparison.Ordinal);
        Assert.Contains("@media (min-width: 768px) { [data-ad-slot=\"leaderboard\"] .ad-frame { height: 90px; } }", css, StringComparison.Ordinal);
        Assert.Contains("[data-ad-slot=\"rail\"] .ad-frame { height: 600px; }", css, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_story_the_newsroom_tagged_ad_free_has_no_slot_no_loader_and_no_stylesheet()
    {
        await _server.WriteAsync((services, ct) => services.GetRequiredService<SaveTag>().SaveAsync(new TagInput("no-ads", "No ads", TagKind.Channel), ct));
        var article = await _content.ArticleAsync("Sensitive Story", tags: ["no-ads"], configure: a => a with { BodyMarkdown = Body });

        var page = await HtmlPage.GetAsync(_server.Client, $"/news/{article.Slug}");

        Assert.Empty(page.QuerySelectorAll("[data-ad-slot]"));
        Assert.Null(page.QuerySelector("script[src^='/js/ads.js']"));
        Assert.Null(page.QuerySelector("link[href^='/ads/slots.css']"));
    }

    [Fact]
    public async Task Feeds_Apple_News_and_the_Content_API_carry_no_ad_markup()
    {
        await _server.WriteAsync((services, ct) => services.GetRequiredService<SaveTag>().SaveAsync(new TagInput("apple-news", "Apple News", TagKind.Channel), ct));
        var article = await _content.ArticleAsync("Syndicated Story", tags: ["apple-news"], configure: a => a with { BodyMarkdown = Body });
        var key = await _server.WriteAsync((services, ct) => services.GetRequiredService<Marquee.Distribution.GhostContentApi.Keys.ContentApiKeys>().AddAsync("ads-test", ct));

        foreach (var path in new[] { "/rss", "/atom", "/feed.json", $"/api/apple-news/{article.Slug}", $"/ghost/api/content/posts/slug/{article.Slug}/?key={key.Secret}" })
        {
            var text = await _server.Client.GetStringAsync(path, TestContext.Current.CancellationToken);

            Assert.Contains("Second paragraph.", text, StringComparison.Ordinal);
            Assert.DoesNotContain("ad-slot", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Advertisement", text, StringComparison.Ordinal);
        }
    }

    /// <summary>A server with house ads, an ad server's tag and three slots, one in the body after paragraph 2.</summary>
    public sealed class AdServer : IAsyncLifetime
    {
        public MarqueeServer Server { get; } = new();

        public ValueTask InitializeAsync()
        {
            foreach (var (name, position, sizes) in new[] { ("leaderboard", "Leaderboard", "320x50,300x50"), ("rail", "Rail", "300x250,300x600"), ("in-article", "InArticle", "300x250") })
            {
                Server.Settings[$"Marquee:Ads:Slots:{name}:Position"] = position;
                Server.Settings[$"Marquee:Ads:Slots:{name}:Sizes:0"] = sizes;
            }

            Server.Settings["Marquee:Ads:Slots:leaderboard:Sizes:768"] = "728x90";
            Server.Settings["Marquee:Ads:Slots:in-article:AfterParagraph"] = "2";
            Server.Settings["Marquee:Ads:TagUrl"] = AdTag;
            Server.Settings["Marquee:Ads:AdFreeTag"] = "no-ads";
            Server.Settings["Marquee:Ads:HouseAd:ImagePath"] = "/house.svg";
            Server.Settings["Marquee:Ads:HouseAd:Text"] = "Our own ad";
            return Server.InitializeAsync();
        }

        public ValueTask DisposeAsync() => Server.DisposeAsync();
    }
}
