namespace Marquee.Tests.Distribution;

/// <summary>A Marquee whose article sitemaps hold two URLs a file, so a handful of stories exercises the monthly split.</summary>
public sealed class SitemapServer : IAsyncLifetime
{
    public const int UrlsPerFile = 2;

    public MarqueeServer Server { get; } = new();

    public async ValueTask InitializeAsync()
    {
        Server.Settings["Marquee:Sitemaps:UrlsPerFile"] = UrlsPerFile.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Server.InitializeAsync();
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
