namespace Marquee.Tests.Distribution.GhostContentApi;

/// <summary>A revoked Content API key stops working at once on every node, even for answers both nodes hold cached for it.</summary>
public sealed class KeyRevocationTests(MarqueeServer nodeA) : TwoNodeTests(nodeA)
{
    [Fact]
    public async Task A_key_revoked_on_one_node_is_refused_at_once_by_both_even_from_their_caches()
    {
        var name = TestContent.UniqueSlug("revoked-everywhere");
        var key = await new GhostApi(NodeA).AddKeyAsync(name);
        foreach (var node in BothNodes)
        {
            // Twice each: the second answer comes from the node's cache.
            Assert.Equal(HttpStatusCode.OK, (await new GhostApi(node).GetAsync("settings/", key)).Status);
            Assert.Equal(HttpStatusCode.OK, (await new GhostApi(node).GetAsync("settings/", key)).Status);
        }

        await new GhostApi(NodeA).RemoveKeyAsync(name);
        var afterB = await new GhostApi(NodeB).GetAsync("settings/", key);
        var afterA = await new GhostApi(NodeA).GetAsync("settings/", key);

        Assert.Equal((HttpStatusCode.Unauthorized, "UnauthorizedError"), (afterB.Status, GhostApi.Error(afterB.Body).Type));
        Assert.Equal((HttpStatusCode.Unauthorized, "UnauthorizedError"), (afterA.Status, GhostApi.Error(afterA.Body).Type));
    }
}
