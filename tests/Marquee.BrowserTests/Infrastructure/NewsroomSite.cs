using Marquee.Newsroom.Staff;
using Marquee.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Infrastructure;

/// <summary>
/// A real Marquee without demo content for newsroom tests, browsed at http://localhost:{port} (a secure context
/// where WebAuthn accepts the host as relying-party id, unlike 127.0.0.1), and Debian's Chromium.
/// </summary>
public sealed class NewsroomSite : IAsyncLifetime
{
    public const string Password = "a long newsroom passphrase";

    private readonly MarqueeServer _server = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress => new($"http://localhost:{_server.BaseAddress.Port}/");

    public async ValueTask InitializeAsync()
    {
        await _server.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    /// <summary>A new staff member with <see cref="Password"/>, added through the product's own service; returns the email.</summary>
    public async Task<string> AddStaffAsync(string name, StaffRole role)
    {
        var email = $"{role.Display()}-{Guid.NewGuid().ToString("n")[..10]}@example.com";
        using var scope = _server.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AddStaffUser>().AddAsync(email, name, role.Display(), Password, TestContext.Current.CancellationToken);
        return email;
    }

    public Task<ReaderTab> OpenAsync(bool javaScript = true) =>
        ReaderTab.OpenAsync(_browser!, new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), JavaScriptEnabled = javaScript });

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _server.DisposeAsync();
    }
}
