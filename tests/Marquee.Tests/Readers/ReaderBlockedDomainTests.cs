using Marquee.Readers.Accounts;
using Marquee.Storage;

namespace Marquee.Tests.Readers;

/// <summary>Disposable-mail domains (the shipped lists) and configured ones are refused before any code is mailed, alike for known and unknown addresses.</summary>
public sealed class ReaderBlockedDomainTests(BlockedDomainSite site) : IClassFixture<BlockedDomainSite>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("mailinator.com")]
    [InlineData("GuerrillaMail.com")]
    [InlineData("anything.33mail.com")]
    [InlineData("blocked.example")]
    [InlineData("team.blocked.example")]
    public async Task An_address_at_a_blocked_domain_is_refused_and_nothing_is_mailed(string domain)
    {
        var email = $"fan-{Guid.NewGuid().ToString("n")[..8]}@{domain}";
        using var browser = new ReaderBrowser(site);

        using var refused = await browser.AskCodeAsync(email);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains($"Addresses at {domain.ToLowerInvariant()} cannot be used here", await refused.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.Equal(0, await ReaderRows.CodesAsync(site.Server, email.ToLowerInvariant()));
        Assert.Empty(site.Smtp.To(email.ToLowerInvariant()));
    }

    [Fact]
    public async Task A_known_and_an_unknown_address_at_a_blocked_domain_get_the_same_refusal()
    {
        var known = $"known-{Guid.NewGuid().ToString("n")[..8]}@blocked.example";
        await using (var scope = site.Server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReaderAccounts>().ForProvenAddressAsync(known, Token);
        }

        var unknown = $"unknown-{Guid.NewGuid().ToString("n")[..6]}@blocked.example";
        using var browser = new ReaderBrowser(site);
        using var forKnown = await browser.AskCodeAsync(known);
        using var forUnknown = await browser.AskCodeAsync(unknown);

        Assert.Equal(forKnown.StatusCode, forUnknown.StatusCode);
        Assert.Equal(
            ComparableAnswer.Of(await forKnown.Content.ReadAsStringAsync(Token), known),
            ComparableAnswer.Of(await forUnknown.Content.ReadAsStringAsync(Token), unknown));
    }

    [Theory]
    [InlineData("example.com")]
    [InlineData("notblocked.example")]
    [InlineData("mailinator.com.example.org")]
    public async Task A_domain_on_no_list_still_gets_a_code(string domain)
    {
        using var browser = new ReaderBrowser(site);

        await browser.MailedCodeAsync($"fan-{Guid.NewGuid().ToString("n")[..8]}@{domain}");
    }

    [Fact]
    public void A_configured_entry_that_is_not_a_domain_stops_the_start_naming_the_key()
    {
        var options = new Marquee.Readers.ReaderOptions { BlockedDomains = ["ok.example", "someone@bad.example"] };

        Assert.Equal("Marquee:Readers:BlockedDomains 'someone@bad.example' is not a mail domain: write it as example.com, without @ or spaces.", options.Problem());
    }
}

/// <summary>A reader site that also blocks blocked.example (and its subdomains) by configuration.</summary>
public sealed class BlockedDomainSite : ReaderSite
{
    public BlockedDomainSite() => Server.Settings["Marquee:Readers:BlockedDomains:0"] = "blocked.example";
}
