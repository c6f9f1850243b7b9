using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;

namespace Marquee.Platform.Mail;

/// <summary>
/// Sends plain-text mail through the configured SMTP server, or — with no host configured, the
/// development default — writes it as an .eml file under DataPath/mail, where a developer (or a test) opens it.
/// </summary>
public sealed class Mailer(IOptions<MarqueeOptions> options, IOptions<SmtpOptions> smtpOptions)
{
    public string PickupFolder => Path.Combine(options.Value.FullDataPath, "mail");

    public Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken) =>
        SendAsync(to, subject, body, [], cancellationToken);

    /// <summary>Sends with extra headers (e.g. List-Unsubscribe); their values are the caller's own, never a reader's words.</summary>
    public async Task SendAsync(string to, string subject, string body, IReadOnlyList<KeyValuePair<string, string>> headers, CancellationToken cancellationToken)
    {
        var smtp = smtpOptions.Value;
        using var message = new MailMessage(smtp.From, to, subject, body)
        {
            BodyEncoding = Encoding.UTF8,
            SubjectEncoding = Encoding.UTF8,
            // Eight-bit text keeps links on one unencoded line, readable in the .eml file.
            BodyTransferEncoding = TransferEncoding.EightBit,
        };
        foreach (var (name, value) in headers)
        {
            message.Headers.Add(name, value);
        }

        using var client = CreateClient(smtp);
        await client.SendMailAsync(message, cancellationToken);
    }

    private SmtpClient CreateClient(SmtpOptions smtp)
    {
        if (string.IsNullOrEmpty(smtp.Host))
        {
            Directory.CreateDirectory(PickupFolder);
            return new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = PickupFolder };
        }

        var client = new SmtpClient(smtp.Host, smtp.Port) { EnableSsl = smtp.UseTls };
        if (!string.IsNullOrEmpty(smtp.User))
        {
            client.Credentials = new NetworkCredential(smtp.User, smtp.Password);
        }

        return client;
    }
}
