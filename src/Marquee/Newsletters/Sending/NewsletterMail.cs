using Marquee.Readers.Mail;

namespace Marquee.Newsletters.Sending;

/// <summary>
/// Every newsletter mail: the recipient's own unsubscribe link at the foot, and the same link in List-Unsubscribe with
/// List-Unsubscribe-Post (RFC 8058), so a mailbox's unsubscribe button POSTs it without opening anything.
/// </summary>
public static class NewsletterMail
{
    public const string OneClick = "List-Unsubscribe=One-Click";

    public static ReaderMail For(NewsletterRecipient recipient, string listName, string subject, string body, string origin)
    {
        var link = NewsletterPaths.UnsubscribeLink(origin, recipient.UnsubscribeToken);
        return new ReaderMail(
            recipient.Email,
            subject,
            $"""
            {body}

            --
            You receive {listName} at {recipient.Email} because you asked for it on {origin}.
            Unsubscribe: {link}
            """)
        {
            Headers = [new("List-Unsubscribe", $"<{link}>"), new("List-Unsubscribe-Post", OneClick)],
        };
    }
}
