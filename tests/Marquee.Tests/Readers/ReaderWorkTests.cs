using System.Net.Http.Json;
using Marquee.Platform.Work;
using Marquee.Tests.Platform;

namespace Marquee.Tests.Readers;

/// <summary>
/// Forms that mail an address: a solved challenge from /account/work lets a request through; without one (no
/// JavaScript, a replayed or forged proof) only a small site-wide budget per minute does, shared by sign-in codes and
/// newsletter sign-ups, and a refused request mails and stores nothing.
/// </summary>
public sealed class ReaderWorkTests(BusyReaderSite site) : IClassFixture<BusyReaderSite>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_a_proof_two_codes_a_minute_go_out_site_wide_and_a_solved_challenge_still_gets_one()
    {
        for (var host = 1; host <= 2; host++)
        {
            using var noScript = ReaderBrowser.From(site, $"127.0.{host}.1");
            using var asked = await noScript.AskCodeAsync(ReaderSite.NewAddress("plain"));
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        }

        using var browser = new ReaderBrowser(site);
        var refused = ReaderSite.NewAddress("refused");
        using (var busy = await browser.AskCodeAsync(refused))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, busy.StatusCode);
            Assert.Contains("try again in a minute (with JavaScript on", await busy.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        }

        using (var plain = new HttpClient { BaseAddress = site.Server.BaseAddress })
        using (var newsletter = await plain.PostAsync("/newsletters/sign-up", new FormUrlEncodedContent([KeyValuePair.Create("Email", refused), KeyValuePair.Create("Lists", "1")]), Token))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, newsletter.StatusCode);
        }

        var proven = ReaderSite.NewAddress("proven");
        var proof = await SolveAsync(browser.Client);
        using (var asked = await browser.PostAsync("Start", new() { ["Email"] = proven, ["Work"] = proof }))
        {
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        }

        await site.Smtp.WaitForAsync(proven);
        foreach (var spent in new[] { proof, "forged:1", proof[..^1] + "x" })
        {
            using var again = await browser.PostAsync("Start", new() { ["Email"] = refused, ["Work"] = spent });
            Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
        }

        Assert.Equal(0, await ReaderRows.CodesAsync(site.Server, refused));
        await Task.Delay(300, Token);
        Assert.Empty(site.Smtp.To(refused));
    }

    [Fact]
    public async Task The_challenge_is_personal_and_never_stored()
    {
        using var client = new HttpClient { BaseAddress = site.Server.BaseAddress };

        using var first = await client.GetAsync("/account/work", Token);
        using var second = await client.GetAsync("/account/work", Token);

        Assert.True(first.Headers.CacheControl?.NoStore, "a challenge may be kept");
        Assert.False(first.Headers.Contains("Set-Cookie"));
        Assert.NotEqual(await first.Content.ReadAsStringAsync(Token), await second.Content.ReadAsStringAsync(Token));
    }

    private static async Task<string> SolveAsync(HttpClient client) =>
        Proofs.Solve((await client.GetFromJsonAsync<WorkChallenge>("/account/work", Token))!);
}
