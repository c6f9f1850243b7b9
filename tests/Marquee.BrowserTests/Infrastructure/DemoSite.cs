using Marquee.Demo;
using Marquee.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Infrastructure;

/// <summary>
/// A real Marquee with the demo content a newcomer sees, and Debian's Chromium driven by Playwright.
/// One of each per test class (starting them is most of a test's time); every test opens its own reader.
/// </summary>
public sealed class DemoSite : IAsyncLifetime
{
    private readonly MarqueeServer _server = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress => _server.BaseAddress;

    public async ValueTask InitializeAsync()
    {
        await _server.InitializeAsync();
        await _server.Services.GetRequiredService<DemoLoader>().LoadAsync(TestContext.Current.CancellationToken);
        await _server.RenditionsMadeAsync();
        _playwright = await Playwright.CreateAsync();
        // Debian's Chromium, because Playwright's own browser download cannot work here; the flags keep it off the network.
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("MARQUEE_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh reader (cookies, viewport, JavaScript on or off) with one page open on the site.</summary>
    public Task<ReaderTab> OpenAsync(bool javaScript = true, int width = 1280, int height = 900) =>
        ReaderTab.OpenAsync(_browser!, new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });

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
