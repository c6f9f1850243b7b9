using Marquee.Content.Articles;

namespace Marquee.Tests.Search;

/// <summary>A story is findable on every node within a second of its publishing, and gone within a second of its unpublishing, cached searches included.</summary>
public sealed class SearchFreshnessTests(MarqueeServer nodeA) : TwoNodeTests(nodeA)
{
    [Fact]
    public async Task Publishing_and_unpublishing_reach_another_nodes_cached_search_within_a_second()
    {
        var word = UniqueWords.Next();
        var path = $"/search?q={word}";
        var draft = await new TestContent(NodeA).ArticleAsync("Just Announced", configure: a => a with { Status = ArticleStatus.Draft, BodyMarkdown = word });
        Assert.DoesNotContain(draft.Headline, await TextAsync(NodeB, path), StringComparison.Ordinal);

        await new TestContent(NodeA).SaveAsync(draft with { Status = ArticleStatus.Published });
        await ShowsByAsync(NodeB, path, draft.Headline, DateTime.UtcNow.AddSeconds(1));

        await new TestContent(NodeA).SaveAsync(draft with { Status = ArticleStatus.Unpublished });
        await NodePages.ByAsync(async () => !(await TextAsync(NodeB, path)).Contains(draft.Headline, StringComparison.Ordinal), DateTime.UtcNow.AddSeconds(1), $"{path} on node B still shows the unpublished story");
    }
}
