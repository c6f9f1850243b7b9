namespace Marquee.Tests.Readers;

/// <summary>A Marquee whose mail goes to a real SMTP server the test reads back, with the reader limits a test class needs.</summary>
public class ReaderSite : IAsyncLifetime
{
    public ReaderSite()
        : this(codesPerSubnetPerHour: 100_000)
    {
    }

    protected ReaderSite(int codesPerSubnetPerHour)
    {
        Server.Settings["Marquee:Mail:Smtp:Host"] = "127.0.0.1";
        Server.Settings["Marquee:Mail:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Server.Settings["Marquee:Mail:Smtp:UseTls"] = "false";
        Server.Settings["Marquee:Mail:Smtp:From"] = "readers@marquee.test";
        Server.Settings["Marquee:Readers:CodesPerSubnetPerHour"] = codesPerSubnetPerHour.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Server.Settings["Marquee:Readers:MailsPerSecond"] = "200";
        Server.Settings["Marquee:Readers:UnprovenMailsPerMinute"] = "100000";
    }

    public SmtpListener Smtp { get; } = new();

    public MarqueeServer Server { get; } = new();

    public static string NewAddress(string name = "reader") => $"{name}-{Guid.NewGuid().ToString("n")[..10]}@example.com";

    public ValueTask InitializeAsync() => Server.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await Smtp.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

/// <summary>A site whose per-network limit is small enough for a test to reach.</summary>
public sealed class FloodedReaderSite() : ReaderSite(codesPerSubnetPerHour: 4);

/// <summary>A site whose budget for mails asked without a proof of work is two a minute, with cheap proofs.</summary>
public sealed class BusyReaderSite : ReaderSite
{
    public BusyReaderSite()
    {
        Server.Settings["Marquee:Readers:UnprovenMailsPerMinute"] = "2";
        Server.Settings["Marquee:Work:Bits"] = "8";
    }
}
