using System.Net;
using Marquee.Newsroom.Staff;

namespace Marquee.Tests.Infrastructure;

/// <summary>
/// A browser-like client of the newsroom: its own cookies, no automatic redirects, forms posted with the
/// antiforgery token read from a real page. <see cref="SignInAsync"/> creates a staff user through the
/// product's service and signs in over HTTP, as a person would.
/// </summary>
public sealed class StaffSession : IDisposable
{
    public const string Password = "a long newsroom passphrase";

    private StaffSession(Uri baseAddress) =>
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = Cookies, UseCookies = true }) { BaseAddress = baseAddress };

    public HttpClient Client { get; }

    public CookieContainer Cookies { get; } = new();

    public string Email { get; private set; } = "";

    public static StaffSession Anonymous(MarqueeServer server) => new(server.BaseAddress);

    /// <summary>A new user with the given role, signed in.</summary>
    public static async Task<StaffSession> SignInAsync(MarqueeServer server, StaffRole role) =>
        await SignInAsync(server.BaseAddress, await CreateUserAsync(server, role));

    /// <summary>An existing user (with <see cref="Password"/>) signed in at any Marquee, a `marquee serve` process too.</summary>
    public static async Task<StaffSession> SignInAsync(Uri baseAddress, string email)
    {
        var session = new StaffSession(baseAddress);
        using var response = await session.LogInAsync(email, Password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"signing in as {email} answered {(int)response.StatusCode}");
        return session;
    }

    public static async Task<string> CreateUserAsync(MarqueeServer server, StaffRole role, string name = "Test Person")
    {
        var email = $"{role.Display()}-{Guid.NewGuid().ToString("n")[..10]}@example.com";
        using var scope = server.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AddStaffUser>().AddAsync(email, name, role.Display(), Password, TestContext.Current.CancellationToken);
        return email;
    }

    /// <summary>Posts the login form (the real page's token) and returns the answer: a redirect on success.</summary>
    public Task<HttpResponseMessage> LogInAsync(string email, string password, string? returnUrl = null)
    {
        Email = email;
        var path = returnUrl is null ? "/newsroom/login" : $"/newsroom/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        return PostAsync(path, new() { ["Email"] = email, ["Password"] = password, ["ReturnUrl"] = returnUrl ?? "" }, tokenFrom: "/newsroom/login");
    }

    public Task<HttpResponseMessage> GetAsync(string path) => Client.GetAsync(path, TestContext.Current.CancellationToken);

    /// <summary>GETs a page that must answer 200 and parses it.</summary>
    public Task<AngleSharp.Dom.IDocument> PageAsync(string path) => HtmlPage.GetAsync(Client, path);

    /// <summary>Posts a form with an antiforgery token taken from <paramref name="tokenFrom"/> (by default the page posted to).</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, Dictionary<string, string> fields, string? tokenFrom = null)
    {
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = await AntiforgeryTokenAsync(tokenFrom ?? path) };
        using var content = new FormUrlEncodedContent(form);
        return await Client.PostAsync(path, content, TestContext.Current.CancellationToken);
    }

    /// <summary>The token a form on this page carries: valid for any POST by the same person (signed in or not) in this session.</summary>
    public async Task<string> AntiforgeryTokenAsync(string pagePath)
    {
        var document = await PageAsync(pagePath);
        return document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new Xunit.Sdk.XunitException($"{pagePath} has no form with an antiforgery token");
    }

    public void Dispose() => Client.Dispose();
}
