using Marquee.Newsroom.Staff;

namespace Marquee.Tests.Platform;

/// <summary>Nodes share only the database: a session begun on one works on the other, and a sign-out on one ends it on both.</summary>
public sealed class SessionAcrossNodesTests(MarqueeServer nodeA) : TwoNodeTests(nodeA)
{
    [Fact]
    public async Task Signing_out_on_one_node_ends_the_session_on_the_other()
    {
        using var onA = await StaffSession.SignInAsync(NodeA, StaffRole.Author);
        using var onB = onA.CopyOfCookies(NodeB);

        using var beforeOnB = await onB.GetAsync("/newsroom");
        using var logout = await onA.PostAsync("/newsroom/logout", [], tokenFrom: "/newsroom");
        using var afterOnB = await onB.GetAsync("/newsroom");

        Assert.Equal(HttpStatusCode.OK, beforeOnB.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal((HttpStatusCode.Redirect, "/newsroom/login"), (afterOnB.StatusCode, afterOnB.Headers.Location?.AbsolutePath));
    }
}
