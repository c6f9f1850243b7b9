using AngleSharp.Dom;
using Marquee.Content.Articles;
using Marquee.Content.StaticPages;
using Marquee.Content.Tags;

namespace Marquee.Tests.PublicSite;

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

    [Fact]
    public async Task A_listings_first_image_loads_at_once_and_first_and_the_others_lazily()
    {
        var tag = await Content.TagAsync("Pictured");
        for (var i = 0; i < 3; i++)
        {
            await Content.ArticleAsync($"Pictured Story {i}", tags: [tag], configure: a => a with { FeatureImage = Photo, PublishedAt = DateTime.UtcNow.AddMinutes(-i) });
        }

        var images = (await HtmlPage.GetAsync(server.Client, $"/tag/{tag}")).QuerySelectorAll(".card img");

        Assert.Equal(3, images.Length);
        Assert.Equal(("eager", "high"), Priority(images[0]));
        Assert.All(images.Skip(1), image => Assert.Equal(("lazy", null), Priority(image)));
    }

    [Fact]
    public async Task On_home_the_lead_top_story_has_the_eager_image_and_the_latest_list_none()
    {
        await Content.ArticleAsync("Home Latest Story", configure: a => a with { FeatureImage = Photo, PublishedAt = DateTime.UtcNow.AddMinutes(1) });
        await Content.ArticleAsync("Home Top Story", configure: a => a with { FeatureImage = Photo, IsTopStory = true });

        var home = await HtmlPage.GetAsync(server.Client, "/");

        var eager = home.QuerySelectorAll("img[loading=eager]");
        Assert.Equal(("eager", "high"), Priority(Assert.Single(eager)));
        Assert.NotNull(eager[0].Closest(".top-stories .card"));
    }

    [Fact]
    public async Task Home_shows_no_story_twice_and_a_fifth_top_story_waits_in_the_latest_list()
    {
        var soon = DateTime.UtcNow.AddSeconds(-30);
        var tops = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            tops.Add((await Content.ArticleAsync($"Front Story {i}", configure: a => a with { IsTopStory = true, PublishedAt = soon.AddSeconds(i) })).Headline);
        }

        var home = await HtmlPage.GetAsync(server.Client, "/");

        var front = home.QuerySelectorAll(".top-stories h3").Select(h => h.TextContent.Trim()).ToList();
        var latest = home.QuerySelectorAll("section[aria-labelledby=latest] h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(4, front.Count);
        Assert.Empty(front.Intersect(latest));
        Assert.Contains(tops[0], latest);
        Assert.All(tops.Except(front), headline => Assert.Contains(headline, latest));
    }

    [Fact]
    public async Task A_static_page_shows_when_it_last_changed()
    {
        var slug = TestContent.UniqueSlug("terms");
        await server.WriteAsync((services, ct) =>
            services.GetRequiredService<SaveStaticPage>().SaveAsync(new StaticPageInput(slug, "Terms", "The date of the latest change is shown on this page."), ct));

        var time = (await HtmlPage.GetAsync(server.Client, $"/p/{slug}")).QuerySelector("article time[datetime]");

        Assert.NotNull(time);
        var stated = DateTime.Parse(time.GetAttribute("datetime")!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
        Assert.InRange(stated, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));
        Assert.Equal(stated.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture), time.TextContent);
    }

    private static FeatureImage Photo => new("https://images.example.com/pictured.jpg", "A pictured scene", null, "Photographer");

    private static (string? Loading, string? Priority) Priority(IElement image) => (image.GetAttribute("loading"), image.GetAttribute("fetchpriority"));
}
