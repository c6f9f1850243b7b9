using Microsoft.Playwright;

namespace Marquee.BrowserTests.Infrastructure;

/// <summary>Debian's Chromium driven by Playwright: one per test class, a fresh context (a person) per tab opened.</summary>
public sealed class Chromium : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<Chromium> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        // Debian's Chromium, because Playwright's own browser download cannot work here; the flags keep it off the network.
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("MARQUEE_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                // WebAuthn refuses IP addresses as relying-party ids, so the tests browse to localhost; the server listens
                // on 127.0.0.1 only, and the rule sends localhost there at once instead of trying ::1 first.
                "--host-resolver-rules=MAP localhost 127.0.0.1",
            ],
        });
        return new Chromium(playwright, browser);
    }

    /// <summary>A fresh person (cookies, viewport, JavaScript on or off) with one page open on the site.</summary>
    public Task<ReaderTab> OpenAsync(Uri baseAddress, bool javaScript = true, int width = 1280, int height = 900) =>
        ReaderTab.OpenAsync(_browser, new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
