using Marquee.Newsletters.Lists;
using Marquee.Readers.Mail;

namespace Marquee.Newsletters.Subscriptions;

/// <summary>The mail that asks an address to confirm; list names are one line each (checked when saved), so the subject stays one header.</summary>
internal static class ConfirmationMail
{
    public static ReaderMail For(string email, IReadOnlyList<NewsletterList> lists, string link) => new(
        email,
        $"Confirm your subscription to {string.Join(", ", lists.Select(l => l.Name))}",
        $"""
        Someone, probably you, asked to receive these newsletters at {email}:

        {string.Join("\n", lists.Select(l => $"- {l.Name} ({NewsletterLists.When(l)})"))}

        To confirm, open this link and press the button on the page: {link}

        The link works for {(int)NewsletterSignUps.LinkLifetime.TotalHours} hours. If you did not ask, ignore this mail: nothing is sent without it.
        """);
}
