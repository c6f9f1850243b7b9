namespace Marquee.Tests.Tips;

/// <summary>Every public page's footer links the tip line beside the privacy links the consent rules ask for (issue 22's demo contract).</summary>
public sealed class TipFooterLinkTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private static readonly string[] FooterLinks = ["Submit a tip", "Cookie settings", "Your Privacy Choices", "AdChoices"];

    private readonly TestContent _content = new(server);

    [Fact]
    public async Task Home_a_story_a_tag_page_and_a_missing_page_all_link_the_tip_line_in_their_footer()
    {
        var tag = await _content.TagAsync("Footer Tag");
        var story = await _content.ArticleAsync("Footer Story", tags: [tag]);

        foreach (var path in new[] { "/", $"/news/{story.Slug}", $"/tag/{tag}", "/no-such-page" })
        {
            using var response = await server.Client.GetAsync(path, TestContext.Current.CancellationToken);
            var footer = HtmlPage.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).QuerySelector("footer")!;
            var links = footer.QuerySelectorAll("a").Select(a => a.TextContent.Trim()).ToList();

            Assert.All(FooterLinks, link => Assert.Contains(link, links));
            Assert.Equal("/tips", footer.QuerySelectorAll("a").Single(a => a.TextContent == "Submit a tip").GetAttribute("href"));
        }
    }
}
