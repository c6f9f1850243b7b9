namespace Marquee.Tests.Distribution;

/// <summary>A recording hub and a Marquee configured to ping it, with the base URL pings need.</summary>
public sealed class WebSubServer : IAsyncLifetime
{
    public const string BaseUrl = "https://marquee.example";

    public RecordingHub Hub { get; } = new();

    public MarqueeServer Server { get; } = new();

    public async ValueTask InitializeAsync()
    {
        await Hub.StartAsync();
        Server.Settings["Marquee:WebSub:Hub"] = Hub.Url;
        Server.Settings["Marquee:Site:BaseUrl"] = BaseUrl;
        await Server.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await Hub.DisposeAsync();
    }
}
