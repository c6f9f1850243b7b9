namespace Marquee.Platform;

/// <summary>Outgoing mail (invitations, password resets).</summary>
public sealed class MailOptions
{
    public SmtpOptions Smtp { get; set; } = new();
}
