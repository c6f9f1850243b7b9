using Marquee.Content.Authors;
using Marquee.Content.StaticPages;
using Marquee.Content.Tags;

namespace Marquee.Tests.Platform;

/// <summary>
/// Navigation and the Latest rail are kept in memory beside the page cache. With the page cache off, so
/// that every request renders, a change made on one node shows on the other within a second: the copies
/// in memory follow the eviction log as the page cache does.
/// </summary>
public sealed class MemorySnapshotTests : IAsyncLifetime
{
    private static readonly TimeSpan Promise = TimeSpan.FromSeconds(1);
    private NodePair _nodes = null!;

    private MarqueeServer NodeA => _nodes.A;

    private TestContent Content => new(NodeA);

    public async ValueTask InitializeAsync() =>
        _nodes = await NodePair.StartAsync(new Dictionary<string, string?> { ["Marquee:OutputCache:Enabled"] = "false" });

    public ValueTask DisposeAsync() => _nodes.DisposeAsync();

    [Fact]
    public async Task A_new_section_and_a_new_footer_page_reach_the_navigation_of_both_nodes()
    {
        var story = await Content.ArticleAsync("Navigation Reader");
        await RenderOnBothAsync($"/news/{story.Slug}");

        await Content.TagAsync("Aaa Fresh Section", TagKind.Section);
        await NodeA.WriteAsync((services, ct) => services.GetRequiredService<SaveStaticPage>()
            .SaveAsync(new StaticPageInput(TestContent.UniqueSlug("footer"), "Aaa Fresh Footer", "Footer"), ct));
        var deadline = DateTime.UtcNow + Promise;

        foreach (var node in _nodes.Both)
        {
            await ShowsByAsync(node, $"/news/{story.Slug}", ".masthead nav", "Aaa Fresh Section", deadline);
            await ShowsByAsync(node, $"/news/{story.Slug}", ".site-footer", "Aaa Fresh Footer", deadline);
        }
    }

    [Fact]
    public async Task The_latest_rail_shows_a_new_story_and_a_renamed_byline_on_both_nodes()
    {
        var author = await Content.AuthorAsync("Rail Byline Before");
        var reader = await Content.ArticleAsync("Rail Reader");
        var inRail = await Content.ArticleAsync("Rail Story", [author]);
        await RenderOnBothAsync($"/news/{reader.Slug}");

        var newer = await Content.ArticleAsync("Rail Newest Story");
        await NodeA.WriteAsync((services, ct) => services.GetRequiredService<SaveAuthor>().SaveAsync(new AuthorInput(author, "Rail Byline After"), ct));
        var deadline = DateTime.UtcNow + Promise;

        foreach (var node in _nodes.Both)
        {
            await ShowsByAsync(node, $"/news/{reader.Slug}", ".rail", newer.Headline, deadline);
            await ShowsByAsync(node, $"/news/{reader.Slug}", ".rail", "Rail Byline After", deadline);
        }

        Assert.Contains(inRail.Headline, (await HtmlPage.GetAsync(_nodes.B.Client, $"/news/{reader.Slug}")).Text(".rail"), StringComparison.Ordinal);
    }

    private async Task RenderOnBothAsync(string path)
    {
        foreach (var node in _nodes.Both)
        {
            await HtmlPage.GetAsync(node.Client, path);
        }
    }

    private static Task ShowsByAsync(MarqueeServer node, string path, string selector, string text, DateTime deadline) =>
        NodePages.ByAsync(async () => (await HtmlPage.GetAsync(node.Client, path)).Text(selector).Contains(text, StringComparison.Ordinal), deadline, $"{selector} of {node.BaseAddress}{path.TrimStart('/')} still lacks '{text}'");
}
