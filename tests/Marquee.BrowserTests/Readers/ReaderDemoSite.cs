using System.Globalization;
using Marquee.BrowserTests.Infrastructure;
using Marquee.Tests.Readers;

namespace Marquee.BrowserTests.Readers;

/// <summary>The demo with its mail going to a real SMTP server the test reads, and Chromium.</summary>
public sealed class ReaderDemoSite : IAsyncLifetime
{
    private readonly DemoSite _site;

    public ReaderDemoSite()
    {
        var server = new MarqueeServer();
        server.Settings["Marquee:Mail:Smtp:Host"] = "127.0.0.1";
        server.Settings["Marquee:Mail:Smtp:Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture);
        server.Settings["Marquee:Mail:Smtp:UseTls"] = "false";
        _site = new DemoSite(server);
    }

    public SmtpListener Smtp { get; } = new();

    public Task<ReaderTab> OpenAsync(bool javaScript = true, int width = 1280) => _site.OpenAsync(javaScript, width);

    public ValueTask InitializeAsync() => _site.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        await _site.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
