namespace Marquee.Tests.Infrastructure;

/// <summary>
/// A Marquee for newsroom tests: every test signs in from 127.0.0.1, so the per-address sign-in limit is
/// raised here (SignInRateLimitTests checks the real one). Set further settings before the server starts.
/// </summary>
public sealed class NewsroomServer : IAsyncLifetime
{
    public NewsroomServer() => Server.Settings["Marquee:Newsroom:SignInAttemptsPerMinute"] = "100000";

    public MarqueeServer Server { get; } = new();

    public ValueTask InitializeAsync() => Server.InitializeAsync();

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
