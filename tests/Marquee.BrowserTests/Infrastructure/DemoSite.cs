using Marquee.Demo;
using Marquee.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Infrastructure;

/// <summary>
/// A real Marquee with the demo content a newcomer sees, and Debian's Chromium driven by Playwright.
/// One of each per test class; every test opens its own browser context.
/// </summary>
public sealed class DemoSite : IAsyncLifetime
{
    private readonly MarqueeServer _server = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress => _server.BaseAddress;

    public async ValueTask InitializeAsync()
    {
        await _server.InitializeAsync();
        await _server.Services.GetRequiredService<DemoLoader>().LoadAsync(TestContext.Current.CancellationToken);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("MARQUEE_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh context (cookies, viewport, JavaScript on or off) with one page open on the site.</summary>
    public async Task<IPage> OpenAsync(bool javaScript = true, int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _server.DisposeAsync();
    }
}
