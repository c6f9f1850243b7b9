namespace Marquee.Platform.Mail;

/// <summary>The SMTP server mail goes through; without a host, mails are written as .eml files under DataPath/mail.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Marquee:Mail:Smtp";

    public string Host { get; set; } = "";

    public int Port { get; set; } = 587;

    /// <summary>STARTTLS before authenticating; only a server on the same machine should go without.</summary>
    public bool UseTls { get; set; } = true;

    public string User { get; set; } = "";

    public string Password { get; set; } = "";

    public string From { get; set; } = "newsroom@localhost";
}
