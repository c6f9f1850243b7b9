using Marquee.Platform;

namespace Marquee.Newsroom;

/// <summary>Newsroom sign-in limits and how long the links it mails stay valid.</summary>
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

    /// <summary>What is wrong with these settings, or null: checked at start so a bad value fails the process, not a sign-in.</summary>
    public string? Problem() =>
        PasskeyDomain.Length > 0 && Uri.CheckHostName(PasskeyDomain) != UriHostNameType.Dns
            ? $"Marquee:Newsroom:PasskeyDomain '{PasskeyDomain}' must be a host name such as newsroom.example.com (no scheme, port or path)."
            : null;
}
