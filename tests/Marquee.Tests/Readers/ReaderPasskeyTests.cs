using Marquee.Readers.Passkeys;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tests.Readers;

/// <summary>Reader passkeys through the real pages and Fido2's checks, answered by a software authenticator: added, used, replayed, forged, removed.</summary>
public sealed class ReaderPasskeyTests(ReaderSite site) : IClassFixture<ReaderSite>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_passkey_added_after_the_mailed_code_signs_the_reader_in_on_another_browser()
    {
        var email = ReaderSite.NewAddress();
        using var passkey = new SoftwarePasskey();
        using (var first = await new ReaderBrowser(site).SignInAsync(email))
        using (var added = await first.AddPasskeyAsync(passkey, "Laptop"))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        using var other = new ReaderBrowser(site);
        using var signedIn = await other.SignInWithPasskeyAsync(passkey);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.True(await other.IsSignedInAsync());
        var stored = Assert.Single(await PasskeysOfAsync(email));
        Assert.Equal("Laptop", stored.Name);
        Assert.NotNull(stored.LastUsedAt);
        Assert.Equal(2, stored.SignCount);
    }

    [Fact]
    public async Task A_replayed_sign_in_answer_is_refused_and_signs_nobody_in()
    {
        using var passkey = await RegisteredPasskeyAsync();
        using var first = new ReaderBrowser(site);
        var answer = passkey.SignIn(await first.PasskeyOptionsAsync("PasskeyOptions"), first.Origin);
        using (var once = await first.PostAsync("Passkey", new() { ["Credential"] = answer }))
        {
            Assert.Equal(HttpStatusCode.Redirect, once.StatusCode);
        }

        using var attacker = new ReaderBrowser(site);
        using var replayed = await attacker.PostAsync("Passkey", new() { ["Credential"] = answer });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, replayed.StatusCode);
        Assert.Contains(PasskeyOutcome.NotWaiting, await replayed.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.False(await attacker.IsSignedInAsync());
    }

    [Theory]
    [InlineData("https://evil.example", null)]
    [InlineData(null, "evil.example")]
    public async Task An_answer_made_for_another_site_is_refused(string? origin, string? rpId)
    {
        using var passkey = await RegisteredPasskeyAsync();
        using var browser = new ReaderBrowser(site);

        using var refused = await browser.SignInWithPasskeyAsync(passkey, origin, rpId);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(PasskeyOutcome.Foreign, System.Net.WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Token)), StringComparison.Ordinal);
        Assert.False(await browser.IsSignedInAsync());
    }

    [Fact]
    public async Task A_passkey_no_account_holds_is_refused()
    {
        using var stranger = new SoftwarePasskey();
        using var browser = new ReaderBrowser(site);
        using var registered = await RegisteredPasskeyAsync();
        var options = await browser.PasskeyOptionsAsync("PasskeyOptions");

        using var refused = await browser.PostAsync("Passkey", new() { ["Credential"] = stranger.SignIn(options, browser.Origin) });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(PasskeyOutcome.Unknown, await refused.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_challenge_does_not_serve_to_add_a_passkey()
    {
        var email = ReaderSite.NewAddress();
        using var passkey = new SoftwarePasskey();
        using var browser = await new ReaderBrowser(site).SignInAsync(email);
        using var signInOptions = System.Text.Json.JsonDocument.Parse(await browser.PasskeyOptionsAsync("PasskeyOptions"));
        var root = signInOptions.RootElement;
        var withUser = System.Text.Json.JsonSerializer.Serialize(new
        {
            challenge = root.GetProperty("challenge").GetString(),
            rp = new { id = root.GetProperty("rpId").GetString() },
            user = new { id = "AAAAAAAAAAE" },
        });

        using var refused = await browser.PostAsync("AddPasskey", new() { ["Credential"] = passkey.Register(withUser, browser.Origin) });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(PasskeyOutcome.NotWaiting, await refused.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.Empty(await PasskeysOfAsync(email));
    }

    [Fact]
    public async Task Creation_options_need_a_signed_in_reader()
    {
        using var browser = new ReaderBrowser(site);

        using var refused = await browser.PostAsync("PasskeyCreationOptions", []);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("Sign in first", await refused.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_removed_passkey_signs_in_no_more_and_another_readers_passkey_cannot_be_removed()
    {
        var email = ReaderSite.NewAddress();
        using var passkey = new SoftwarePasskey();
        using var owner = await new ReaderBrowser(site).SignInAsync(email);
        (await owner.AddPasskeyAsync(passkey)).Dispose();
        var id = System.Buffers.Text.Base64Url.EncodeToString(passkey.CredentialId);
        using var someoneElse = await new ReaderBrowser(site).SignInAsync(ReaderSite.NewAddress());

        using (var notTheirs = await someoneElse.PostAsync("RemovePasskey", new() { ["PasskeyId"] = id }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, notTheirs.StatusCode);
        }

        Assert.Single(await PasskeysOfAsync(email));
        (await owner.PostAsync("RemovePasskey", new() { ["PasskeyId"] = id })).Dispose();
        using var afterwards = new ReaderBrowser(site);
        using var refused = await afterwards.SignInWithPasskeyAsync(passkey);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Empty(await PasskeysOfAsync(email));
    }

    [Fact]
    public async Task The_account_page_prompts_for_a_first_and_then_a_second_passkey_and_the_export_lists_them()
    {
        using var browser = await new ReaderBrowser(site).SignInAsync(ReaderSite.NewAddress());
        using var passkey = new SoftwarePasskey();
        Assert.Contains("add a passkey", (await browser.PageAsync("/account")).QuerySelector("#passkey-prompt")!.TextContent, StringComparison.Ordinal);

        (await browser.AddPasskeyAsync(passkey, "Phone")).Dispose();

        var page = await browser.PageAsync("/account");
        Assert.Contains("Add a second passkey", page.QuerySelector("#passkey-prompt")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Phone, added", page.QuerySelector(".reader-passkeys")!.TextContent, StringComparison.Ordinal);
        var export = await browser.Client.GetStringAsync("/account/export", Token);
        Assert.Contains("\"name\":\"Phone\"", export, StringComparison.Ordinal);
    }

    private async Task<SoftwarePasskey> RegisteredPasskeyAsync()
    {
        var passkey = new SoftwarePasskey();
        using var owner = await new ReaderBrowser(site).SignInAsync(ReaderSite.NewAddress());
        using var added = await owner.AddPasskeyAsync(passkey);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        return passkey;
    }

    private async Task<List<ReaderPasskey>> PasskeysOfAsync(string email)
    {
        await using var scope = site.Server.Services.CreateAsyncScope();
        var reader = await ReaderRows.AccountAsync(site.Server, email);
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        return await db.Set<ReaderPasskey>().AsNoTracking().Where(p => p.ReaderId == reader!.Id).ToListAsync(Token);
    }
}
