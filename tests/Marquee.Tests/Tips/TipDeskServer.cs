namespace Marquee.Tests.Tips;

/// <summary>
/// A Marquee for tip desk tests: Argon2id at its cheapest (the cost is libsodium's business, not these tests'), many
/// sign-ins from 127.0.0.1, small limits on tips (each test's source sends from its own address), cheap proofs of work,
/// and a site-wide budget for tips without one that only <see cref="BusyTipDesk"/> can spend.
/// </summary>
public class TipDeskServer : IAsyncLifetime
{
    public TipDeskServer()
        : this(unprovenPerMinute: 100_000)
    {
    }

    protected TipDeskServer(int unprovenPerMinute)
    {
        Server.Settings["Marquee:Newsroom:SignInAttemptsPerMinute"] = "100000";
        Server.Settings["Marquee:Tips:PassphraseIterations"] = "1";
        Server.Settings["Marquee:Tips:PassphraseMemoryKib"] = "64";
        Server.Settings["Marquee:Tips:MaxFiles"] = "2";
        Server.Settings["Marquee:Tips:MaxFileMegabytes"] = "1";
        Server.Settings["Marquee:Tips:SubmissionsPerHour"] = "3";
        Server.Settings["Marquee:Tips:UnprovenSubmissionsPerMinute"] = unprovenPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Server.Settings["Marquee:Work:Bits"] = "8";
    }

    public MarqueeServer Server { get; } = new();

    public ValueTask InitializeAsync() => Server.InitializeAsync();

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return Server.DisposeAsync();
    }
}
