using Marquee.Platform.Work;
using Microsoft.AspNetCore.DataProtection;

namespace Marquee.Tests.Platform;

/// <summary>
/// A proof of work is accepted once, for the purpose it was issued for, before it expires, and only when it carries the
/// work asked; a forged, altered, reused or lazy proof is refused (decision 0076). The challenges are the server's own,
/// sealed with its Data Protection key ring.
/// </summary>
public sealed class WorkChallengeTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private readonly ManualClock _clock = new(DateTime.UtcNow);

    [Fact]
    public void A_solved_challenge_is_accepted_once_and_only_for_its_purpose()
    {
        var challenges = Challenges();
        var forTips = Proofs.Solve(challenges.Issue("tips"));
        var forSignUp = Proofs.Solve(challenges.Issue("sign-up"));

        Assert.False(challenges.Accepts("sign-up", forTips));
        Assert.True(challenges.Accepts("tips", forTips));
        Assert.False(challenges.Accepts("tips", forTips));
        Assert.True(challenges.Accepts("sign-up", forSignUp));
    }

    [Fact]
    public void A_proof_without_the_work_asked_is_refused()
    {
        var challenges = Challenges(bits: 12);
        var challenge = challenges.Issue("tips");
        var lazy = Enumerable.Range(0, 100_000).Select(n => $"{challenge.Challenge}:{n}").First(proof => Proofs.ZeroBits(proof) < 12);

        Assert.False(challenges.Accepts("tips", lazy));
        Assert.True(challenges.Accepts("tips", Proofs.Solve(challenge)));
    }

    [Fact]
    public void An_expired_challenge_is_refused_even_when_solved()
    {
        var challenges = Challenges();
        var proof = Proofs.Solve(challenges.Issue("tips"));

        _clock.Advance(TimeSpan.FromSeconds(61));

        Assert.False(challenges.Accepts("tips", proof));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(":1")]
    [InlineData("not-a-challenge:1")]
    [InlineData("%%%%:12")]
    [InlineData("abc:")]
    [InlineData("abc:123456789012345678901")]
    public void A_malformed_proof_is_refused(string? proof) => Assert.False(Challenges().Accepts("tips", proof));

    [Fact]
    public void An_altered_challenge_is_refused()
    {
        var challenges = Challenges(bits: 1);
        var issued = challenges.Issue("tips").Challenge;
        var altered = issued[..10] + (issued[10] == 'A' ? 'B' : 'A') + issued[11..];

        Assert.False(challenges.Accepts("tips", Proofs.Solve(new WorkChallenge(altered, 1))));
    }

    private WorkChallenges Challenges(int bits = 8)
    {
        var options = Microsoft.Extensions.Options.Options.Create(new WorkOptions { Bits = bits, LifetimeSeconds = 60 });
        return new WorkChallenges(server.Services.GetRequiredService<IDataProtectionProvider>(), new SpentChallenges(_clock, options), _clock, options);
    }
}
