using System.Net.Http.Json;
using Marquee.Platform.Work;
using Marquee.Tests.Platform;

namespace Marquee.Tests.Tips;

/// <summary>
/// Without JavaScript a tip needs a permit from a small site-wide budget a minute, so a flood from many addresses is
/// held off; a tip that carries a proof of work skips that budget, and a proof is good for one tip only (decision 0076).
/// </summary>
public sealed class TipFloodTests(BusyTipDesk desk) : IClassFixture<BusyTipDesk>
{
    private readonly MarqueeServer _server = desk.Server;

    [Fact]
    public async Task Tips_without_work_from_many_addresses_meet_the_site_wide_limit_and_tips_with_work_still_go_through()
    {
        using var editor = await TipEditors.WithKeyAsync(_server);
        for (var i = 0; i < 2; i++)
        {
            using var first = TipForms.NewSource(_server);
            using var sent = await TipForms.SubmitAsync(first, $"no script {i}");
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        }

        using var flooder = TipForms.NewSource(_server);
        var before = _server.Database.Fingerprint();
        using var refused = await TipForms.SubmitAsync(flooder, "one more without work");
        var refusal = await TipForms.ErrorOfAsync(refused);
        Assert.Equal(before, _server.Database.Fingerprint());

        using var scripted = TipForms.NewSource(_server);
        using var proven = await TipForms.SubmitWithProofAsync(scripted, "sent with a proof of work");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("busy just now", refusal, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, proven.StatusCode);
        Assert.Matches(TipForms.ReceiptShape(), await TipForms.ReceiptOfAsync(proven));
    }

    [Fact]
    public async Task A_proof_spent_once_does_not_open_the_way_again()
    {
        using var source = TipForms.NewSource(_server);
        var challenge = await source.Client.GetFromJsonAsync<WorkChallenge>("/tips/work", TestContext.Current.CancellationToken);
        var proof = Proofs.Solve(challenge!);
        var work = _server.Services.GetRequiredService<WorkChallenges>();

        Assert.True(work.Accepts("tips", proof));
        Assert.False(work.Accepts("tips", proof));
    }

    [Fact]
    public async Task The_challenge_is_never_cached_and_sets_no_cookie()
    {
        using var source = TipForms.NewSource(_server);

        using var first = await source.GetAsync("/tips/work");
        using var second = await source.GetAsync("/tips/work");

        Assert.Equal("no-store", first.Headers.CacheControl?.ToString());
        Assert.False(first.Headers.Contains("Set-Cookie"));
        Assert.NotEqual(await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
