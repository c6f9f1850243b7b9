using Marquee.Content.Articles;
using Marquee.Content.Galleries;
using Marquee.Content.Home;
using Marquee.Tests.Galleries;

namespace Marquee.Tests.PublicSite;

/// <summary>The home page's rails (<see cref="HomeRail"/>): in their order below the top stories, never repeating one, evicted with what they show.</summary>
public sealed class HomeRailTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private TestGalleries Galleries => new(server);

    [Fact]
    public async Task The_galleries_rail_shows_the_newest_galleries_between_the_top_stories_and_the_latest_but_no_top_story()
    {
        var photos = await Galleries.PhotosAsync(2);
        var onTop = await Galleries.GalleryAsync("Gallery On Top", TestGalleries.Items(photos), g => g with { IsTopStory = true });
        var railed = await Galleries.GalleryAsync("Gallery In The Rail", TestGalleries.Items(photos));
        var story = await Galleries.Content.ArticleAsync("Story Not A Gallery");

        var home = await HtmlPage.GetAsync(server.Client, "/");

        var rail = home.QuerySelector("section[aria-labelledby=galleries]");
        Assert.NotNull(rail);
        var links = rail.QuerySelectorAll(".card h3 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal($"/photos/{railed.Slug}", links[0]);
        Assert.DoesNotContain($"/photos/{onTop.Slug}", links);
        Assert.DoesNotContain($"/news/{story.Slug}", links);
        Assert.Equal(["top-stories", "galleries", "most-read-title", "latest"], home.QuerySelectorAll("main h2").Select(h => h.Id!).ToList());
    }

    [Fact]
    public async Task A_gallery_edited_or_taken_down_changes_the_rail_at_once()
    {
        var gallery = await Galleries.GalleryAsync("Before The Edit", TestGalleries.Items(await Galleries.PhotosAsync(1)));
        Assert.Contains("Before The Edit", await RailHeadlinesAsync());

        await Galleries.Content.SaveAsync(gallery with { Headline = "After The Edit" });
        Assert.Contains("After The Edit", await RailHeadlinesAsync());

        await Galleries.Content.SaveAsync(gallery with { Headline = "After The Edit", Status = ArticleStatus.Unpublished });
        Assert.DoesNotContain("After The Edit", await RailHeadlinesAsync());
    }

    [Fact]
    public async Task Later_pages_of_home_carry_only_the_latest()
    {
        await Galleries.GalleryAsync("Paged Gallery", TestGalleries.Items(await Galleries.PhotosAsync(1)));

        var second = await HtmlPage.GetAsync(server.Client, "/?page=2");

        Assert.Equal(["latest"], second.QuerySelectorAll("main h2").Select(h => h.Id!).ToList());
    }

    [Fact]
    public void Rails_render_lowest_order_first_and_only_every_page_rails_past_the_first()
    {
        HomeRail[] rails = [new(typeof(LatestNewsViewComponent), 900, EveryPage: true), new(typeof(GalleriesRailViewComponent), 100)];

        Assert.Equal([typeof(GalleriesRailViewComponent), typeof(LatestNewsViewComponent)], HomeRails.On(rails, 1).Select(r => r.ViewComponent));
        Assert.Equal([typeof(LatestNewsViewComponent)], HomeRails.On(rails, 2).Select(r => r.ViewComponent));
    }

    private async Task<List<string>> RailHeadlinesAsync()
    {
        var home = await HtmlPage.GetAsync(server.Client, "/");
        return [.. home.QuerySelectorAll("section[aria-labelledby=galleries] .card h3").Select(h => h.TextContent.Trim())];
    }
}
