namespace Marquee.Newsletters.Sending;

/// <summary>One address a list's mail goes to, with the opaque token its unsubscribe link and header carry.</summary>
public sealed record NewsletterRecipient(string Email, string UnsubscribeToken);
