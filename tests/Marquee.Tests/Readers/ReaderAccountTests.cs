using System.Net.Http.Json;
using System.Text.Json;

namespace Marquee.Tests.Readers;

/// <summary>
/// The account page once signed in: the name, sessions and signing out everywhere, export, and deletion behind a fresh
/// code; consent receipts (decision 0094): a signed-in reader's decisions are in their export, anyone else's and a
/// decision for another policy version, from another site or not in JSON store nothing.
/// </summary>
public sealed class ReaderAccountTests(ReaderSite site) : IClassFixture<ReaderSite>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_reader_names_themself_and_a_name_with_a_line_break_changes_nothing()
    {
        var email = ReaderSite.NewAddress();
        using var browser = await new ReaderBrowser(site).SignInAsync(email);

        using (var renamed = await browser.PostAsync("Name", new() { ["DisplayName"] = "  Kelly C.  " }))
        {
            Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        }

        Assert.Equal("Kelly C.", (await browser.MeAsync()).GetProperty("name").GetString());
        using var injected = await browser.PostAsync("Name", new() { ["DisplayName"] = "Kelly\r\nBcc: everyone@example.com" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, injected.StatusCode);
        Assert.Contains("one line of text", await injected.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.Equal("Kelly C.", (await ReaderRows.AccountAsync(site.Server, email))!.DisplayName);
    }

    [Fact]
    public async Task Signing_out_everywhere_ends_every_session_of_the_reader_only()
    {
        var email = ReaderSite.NewAddress();
        using var laptop = await new ReaderBrowser(site).SignInAsync(email);
        using var phone = await new ReaderBrowser(site).SignInAsync(email);
        using var someoneElse = await new ReaderBrowser(site).SignInAsync(ReaderSite.NewAddress());

        var settings = await laptop.PageAsync("/account");
        Assert.Equal(2, settings.QuerySelectorAll(".reader-sessions li").Length);
        using (var everywhere = await phone.PostAsync("SignOutEverywhere", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, everywhere.StatusCode);
        }

        Assert.False(await phone.IsSignedInAsync());
        Assert.False(await laptop.IsSignedInAsync());
        Assert.DoesNotContain(laptop.Cookies.GetAllCookies(), cookie => cookie.Name == "marquee-reader");
        Assert.True(await someoneElse.IsSignedInAsync());
    }

    [Fact]
    public async Task Export_gives_the_reader_their_data_as_json_and_nobody_else_anything()
    {
        var email = ReaderSite.NewAddress();
        using var browser = await new ReaderBrowser(site).SignInAsync(email);

        using var export = await browser.Client.GetAsync("/account/export", Token);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.True(export.Headers.CacheControl is { NoStore: true, Private: true }, $"Cache-Control: {export.Headers.CacheControl}");
        Assert.Equal("attachment", export.Content.Headers.ContentDisposition!.DispositionType);
        var data = JsonDocument.Parse(await export.Content.ReadAsStringAsync(Token)).RootElement;
        Assert.Equal(email, data.GetProperty("profile").GetProperty("email").GetString());
        Assert.Equal(1, data.GetProperty("sessions").GetArrayLength());

        using var anonymous = await site.Server.Client.GetAsync("/account/export", Token);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Deleting_needs_a_fresh_code_and_then_leaves_nothing()
    {
        var email = ReaderSite.NewAddress();
        using var browser = await new ReaderBrowser(site).SignInAsync(email);
        using var otherBrowser = await new ReaderBrowser(site).SignInAsync(email);
        var signInCode = site.Smtp.To(email)[^1].Code;

        using (var asked = await browser.PostAsync("DeleteStart", []))
        {
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        }

        var deleteMail = await site.Smtp.WaitForAsync(email, 3);
        Assert.Contains("to delete your account", deleteMail.Subject, StringComparison.Ordinal);
        var wrong = signInCode == deleteMail.Code ? "000000" : signInCode;
        using (var refused = await browser.PostAsync("Delete", new() { ["Code"] = wrong }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        }

        Assert.NotNull(await ReaderRows.AccountAsync(site.Server, email));
        using (var deleted = await browser.PostAsync("Delete", new() { ["Code"] = deleteMail.Code }))
        {
            Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
            Assert.Contains("Your account is deleted", await deleted.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        }

        Assert.Null(await ReaderRows.AccountAsync(site.Server, email));
        Assert.Equal(0, await ReaderRows.CodesAsync(site.Server, email));
        Assert.False(await browser.IsSignedInAsync());
        Assert.False(await otherBrowser.IsSignedInAsync());
    }

    [Fact]
    public async Task A_signed_in_readers_decision_is_in_their_export_with_gpc_keeping_advertising_off()
    {
        using var browser = await new ReaderBrowser(site).SignInAsync(ReaderSite.NewAddress());
        var before = DateTime.UtcNow.AddSeconds(-1);

        using var sent = await browser.Client.PostAsJsonAsync("/account/consent", new { version = "1", analytics = true, advertising = true, globalPrivacyControl = true }, Token);
        using var export = await browser.Client.GetAsync("/account/export", Token);
        var receipts = JsonDocument.Parse(await export.Content.ReadAsStringAsync(Token)).RootElement.GetProperty("consentReceipts");

        Assert.Equal(HttpStatusCode.NoContent, sent.StatusCode);
        Assert.False(sent.Headers.Contains("Set-Cookie"));
        Assert.Equal("no-store", sent.Headers.CacheControl?.ToString());
        var receipt = Assert.Single(receipts.EnumerateArray());
        Assert.Equal(("1", true, false, true), (receipt.GetProperty("policyVersion").GetString(), receipt.GetProperty("analytics").GetBoolean(),
            receipt.GetProperty("advertising").GetBoolean(), receipt.GetProperty("globalPrivacyControl").GetBoolean()));
        Assert.InRange(receipt.GetProperty("recordedAt").GetDateTime(), before, DateTime.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task Anonymous_other_version_cross_site_and_form_decisions_store_nothing()
    {
        using var browser = await new ReaderBrowser(site).SignInAsync(ReaderSite.NewAddress());
        var rows = site.Server.Database.Scalar("SELECT COUNT(*) FROM reader_consent_receipts");

        using var anonymous = await site.Server.Client.PostAsJsonAsync("/account/consent", new { version = "1", analytics = true, advertising = true }, Token);
        using var outdated = await browser.Client.PostAsJsonAsync("/account/consent", new { version = "0", analytics = true, advertising = true }, Token);
        using var crossSite = new HttpRequestMessage(HttpMethod.Post, "/account/consent") { Content = JsonContent.Create(new { version = "1", analytics = true, advertising = true }) };
        crossSite.Headers.Add("Sec-Fetch-Site", "cross-site");
        using var forged = await browser.Client.SendAsync(crossSite, Token);
        using var form = await browser.Client.PostAsync("/account/consent", new FormUrlEncodedContent(new Dictionary<string, string> { ["version"] = "1" }), Token);

        Assert.Equal(HttpStatusCode.NoContent, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, outdated.StatusCode);
        Assert.Contains("the current version is '1'", await outdated.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        Assert.Equal(rows, site.Server.Database.Scalar("SELECT COUNT(*) FROM reader_consent_receipts"));
    }
}
