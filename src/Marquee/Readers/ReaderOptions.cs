using Marquee.Platform;

namespace Marquee.Readers;

/// <summary>Reader sign-in: how long a mailed code lives, how many wrong guesses kill it, how often one may be asked for, how long a session lasts, which mail domains are refused.</summary>
public sealed class ReaderOptions : ICheckedOptions
{
    public const string Section = "Marquee:Readers";

    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Wrong guesses after which a code stops working, even with the right digits.</summary>
    public int CodeAttempts { get; set; } = 5;

    /// <summary>Codes mailed to one address per hour (sign-up, sign-in and delete alike).</summary>
    public int CodesPerAddressPerHour { get; set; } = 5;

    /// <summary>Codes asked for from one network (an IPv4 /24 or an IPv6 /48) per hour, whatever the addresses.</summary>
    public int CodesPerSubnetPerHour { get; set; } = 30;

    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Reader mails handed to the SMTP server per second, at most.</summary>
    public int MailsPerSecond { get; set; } = 10;

    /// <summary>Code and newsletter mails asked for without a proof of work, site-wide, per minute (decision 0096).</summary>
    public int UnprovenMailsPerMinute { get; set; } = 30;

    /// <summary>Mail domains (each with its subdomains) refused for accounts, beside the shipped disposable-mail lists.</summary>
    public string[] BlockedDomains { get; set; } = [];

    public string? Problem() => this switch
    {
        { CodeLifetime.TotalMinutes: < 1 or > 1440 } => $"Marquee:Readers:CodeLifetime '{CodeLifetime}' must be between one minute and one day.",
        { CodeAttempts: < 1 or > 20 } => $"Marquee:Readers:CodeAttempts '{CodeAttempts}' must be between 1 and 20.",
        { CodesPerAddressPerHour: < 1 } => $"Marquee:Readers:CodesPerAddressPerHour '{CodesPerAddressPerHour}' must be 1 or more.",
        { CodesPerSubnetPerHour: < 1 } => $"Marquee:Readers:CodesPerSubnetPerHour '{CodesPerSubnetPerHour}' must be 1 or more.",
        { SessionLifetime.TotalHours: < 1 } => $"Marquee:Readers:SessionLifetime '{SessionLifetime}' must be an hour or more.",
        { MailsPerSecond: < 1 } => $"Marquee:Readers:MailsPerSecond '{MailsPerSecond}' must be 1 or more.",
        { UnprovenMailsPerMinute: < 1 } => $"Marquee:Readers:UnprovenMailsPerMinute '{UnprovenMailsPerMinute}' must be 1 or more.",
        _ when BlockedDomains.FirstOrDefault(d => !LooksLikeDomain(d)) is { } bad => $"Marquee:Readers:BlockedDomains '{bad}' is not a mail domain: write it as example.com, without @ or spaces.",
        _ => null,
    };

    private static bool LooksLikeDomain(string domain) =>
        domain.Trim() is { Length: > 2 and <= 253 } trimmed && trimmed.Contains('.', StringComparison.Ordinal) && !trimmed.StartsWith('.') && trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-');
}
