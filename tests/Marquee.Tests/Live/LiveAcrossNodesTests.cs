using Marquee.Newsroom.Staff;

namespace Marquee.Tests.Live;

/// <summary>
/// A live story read on two nodes of one database (and Redis, when the run has it): an entry posted on node A's desk is
/// in node B's cached update answer within a second, so every reader on B, polling at the server's cadence, has it
/// within the cadence plus a second.
/// </summary>
public sealed class LiveAcrossNodesTests(MarqueeServer nodeA) : TwoNodeTests(nodeA)
{
    private static readonly TimeSpan Promise = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task An_entry_posted_on_node_a_is_in_node_b_s_cached_update_answer_within_a_second()
    {
        var live = new TestLive(NodeA);
        var (id, slug) = await live.StoryAsync("Across nodes");
        await live.PostAsync(id, "Already on both.");
        var onA = await live.UpdatesPathAsync(slug);
        var onB = await new TestLive(NodeB).UpdatesPathAsync(slug);
        var cachedOnB = await HtmlPage.GetAsync(NodeB.Client, onB);
        using var reporter = await StaffSession.SignInAsync(NodeA, StaffRole.Author);
        var desk = $"/newsroom/live/{id}";
        var fields = FormFields.Of(await reporter.PageAsync(desk), "#post-form");
        fields["Form.Body"] = "Posted on node A.";

        using var posted = await reporter.PostAsync($"{desk}?handler=Post", fields, tokenFrom: desk);
        var deadline = DateTime.UtcNow + Promise;
        var reached = await NodePages.PageByAsync(NodeB, onB, page => page.Body!.TextContent.Contains("Posted on node A.", StringComparison.Ordinal), deadline,
            $"node B's update answer {onB} did not carry the entry within {Promise.TotalSeconds} s");

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(onA, onB);
        Assert.DoesNotContain("Posted on node A.", cachedOnB.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual(onB, reached.GetElementById("live-update")!.GetAttribute("data-next"));
    }
}
