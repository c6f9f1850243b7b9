using System.Text.Json;

namespace Marquee.Tests.Readers;

/// <summary>A reader's browser: its own cookies, the account page's forms posted with their antiforgery token.</summary>
public sealed class ReaderBrowser(ReaderSite site, StaffSession browser) : IDisposable
{
    public ReaderBrowser(ReaderSite site)
        : this(site, StaffSession.Anonymous(site.Server))
    {
    }

    public HttpClient Client => browser.Client;

    public CookieContainer Cookies => browser.Cookies;

    /// <summary>A browser on another machine of the given address (127.0.x.y).</summary>
    public static ReaderBrowser From(ReaderSite site, string address) => new(site, StaffSession.AnonymousFrom(site.Server, IPAddress.Parse(address)));

    public Task<HttpResponseMessage> AskCodeAsync(string email) => PostAsync("Start", new() { ["Email"] = email });

    /// <summary>Asks for a code, which must be granted, and returns the mail that brings it.</summary>
    public async Task<ReceivedMail> MailedCodeAsync(string email)
    {
        var before = site.Smtp.To(email).Count;
        using (var asked = await AskCodeAsync(email))
        {
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        }

        return await site.Smtp.WaitForAsync(email, before + 1);
    }

    public Task<HttpResponseMessage> SendCodeAsync(string email, string code) => PostAsync("Code", new() { ["Email"] = email, ["Code"] = code });

    public Task<HttpResponseMessage> PostAsync(string handler, Dictionary<string, string> fields) =>
        browser.PostAsync($"/account?handler={handler}", fields, tokenFrom: "/account");

    /// <summary>What a form's options handler answers (PasskeyOptions or PasskeyCreationOptions), as passkeys.js asks it.</summary>
    public async Task<string> PasskeyOptionsAsync(string handler)
    {
        using var response = await PostAsync(handler, []);
        var json = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{handler}: {(int)response.StatusCode} {json}");
        return json;
    }

    /// <summary>Adds the software passkey to the signed-in reader's account, as the account page's form does.</summary>
    public async Task<HttpResponseMessage> AddPasskeyAsync(SoftwarePasskey passkey, string name = "", string? origin = null) =>
        await PostAsync("AddPasskey", new() { ["PasskeyName"] = name, ["Credential"] = passkey.Register(await PasskeyOptionsAsync("PasskeyCreationOptions"), origin ?? Origin) });

    /// <summary>Signs in with the passkey (options asked, answered and posted), returning the page's answer.</summary>
    public async Task<HttpResponseMessage> SignInWithPasskeyAsync(SoftwarePasskey passkey, string? origin = null, string? rpId = null) =>
        await PostAsync("Passkey", new() { ["Credential"] = passkey.SignIn(await PasskeyOptionsAsync("PasskeyOptions"), origin ?? Origin, rpId) });

    /// <summary>The origin the site sees this browser on, which a passkey answer must name.</summary>
    public string Origin => site.Server.BaseAddress.GetLeftPart(UriPartial.Authority);

    public Task<HttpResponseMessage> PostPageAsync(string path, Dictionary<string, string> fields) => browser.PostAsync(path, fields);

    /// <summary>Signs up (or in) by the mailed code, as a reader would, and checks it worked.</summary>
    public async Task<ReaderBrowser> SignInAsync(string email)
    {
        var mail = await MailedCodeAsync(email);
        using var signedIn = await SendCodeAsync(email, mail.Code);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.True(await IsSignedInAsync(), $"{email} is not signed in after typing the mailed code");
        return this;
    }

    public async Task<JsonElement> MeAsync()
    {
        using var response = await Client.GetAsync("/me", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
    }

    public async Task<bool> IsSignedInAsync() => (await MeAsync()).GetProperty("signedIn").GetBoolean();

    public Task<AngleSharp.Dom.IDocument> PageAsync(string path) => browser.PageAsync(path);

    public void Dispose() => browser.Dispose();
}
