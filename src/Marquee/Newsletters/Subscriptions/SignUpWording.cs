namespace Marquee.Newsletters.Subscriptions;

/// <summary>
/// The words a reader agrees to when subscribing, versioned: the consent log records the version, so what someone
/// agreed to can be shown later even after the words change. Change the text, change the version.
/// </summary>
public static class SignUpWording
{
    public const string Version = "2026-12-07";

    public const string Agreement = "We mail you the newsletters you tick, at the times shown, and nothing else. Every mail has a one-click unsubscribe link; we never share your address.";

    public const string PublicForm = "newsletters page";

    public const string AccountForm = "account page";
}
