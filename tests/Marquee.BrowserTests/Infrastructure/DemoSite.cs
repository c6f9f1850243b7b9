using Marquee.Demo;

namespace Marquee.BrowserTests.Infrastructure;

/// <summary>
/// A real Marquee with the demo content a newcomer sees, and Debian's Chromium driven by Playwright.
/// One of each per test class (starting them is most of a test's time); every test opens its own reader.
/// </summary>
public sealed class DemoSite : IAsyncLifetime
{
    private readonly MarqueeServer _server;
    private Chromium? _chromium;

    public DemoSite()
        : this(new MarqueeServer())
    {
    }

    /// <summary>The demo on a server configured by the caller (not started yet), which this site starts and disposes.</summary>
    internal DemoSite(MarqueeServer server) => _server = server;

    /// <summary>The server by the name localhost, where WebAuthn accepts the host as relying-party id (it refuses 127.0.0.1).</summary>
    public Uri BaseAddress => new($"http://localhost:{_server.BaseAddress.Port}/");

    public async ValueTask InitializeAsync()
    {
        await _server.InitializeAsync();
        await _server.LoadDemoAsync();
        await _server.RenditionsMadeAsync();
        _chromium = await Chromium.LaunchAsync();
    }

    /// <summary>A fresh reader (cookies, viewport, JavaScript on or off) with one page open on the site.</summary>
    public Task<ReaderTab> OpenAsync(bool javaScript = true, int width = 1280, int height = 900) =>
        _chromium!.OpenAsync(BaseAddress, javaScript, width, height);

    public async ValueTask DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        await _server.DisposeAsync();
    }
}
