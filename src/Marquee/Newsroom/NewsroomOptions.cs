using Marquee.Platform;

namespace Marquee.Newsroom;

/// <summary>Newsroom sign-in limits, how long the links it mails stay valid, and the newsroom's time zone.</summary>
public sealed class NewsroomOptions : ICheckedOptions
{
    public const string Section = "Marquee:Newsroom";

    /// <summary>Sign-in, two-factor and password-reset submissions allowed per client address per minute.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 10;

    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan PasswordResetLifetime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>
    /// The WebAuthn relying-party id passkeys are bound to: a host name, the newsroom's or a parent domain of it.
    /// Empty = the request's host. Passkeys made under one id never work under another.
    /// </summary>
    public string PasskeyDomain { get; set; } = "";

    /// <summary>The zone the newsroom shows times in and schedules by: an IANA name such as Europe/London.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary><see cref="TimeZone"/> itself; <see cref="Problem"/> has made sure it exists.</summary>
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>What is wrong with these settings, or null: checked at start so a bad value fails the process, not a sign-in.</summary>
    public string? Problem() =>
        PasskeyDomain.Length > 0 && Uri.CheckHostName(PasskeyDomain) != UriHostNameType.Dns
            ? $"Marquee:Newsroom:PasskeyDomain '{PasskeyDomain}' must be a host name such as newsroom.example.com (no scheme, port or path)."
            : !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _)
            ? $"Marquee:Newsroom:TimeZone '{TimeZone}' is not a time zone this machine knows: use an IANA name such as Europe/London or America/New_York."
            : null;
}
