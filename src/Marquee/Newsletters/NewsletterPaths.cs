namespace Marquee.Newsletters;

/// <summary>The newsletters' public addresses, named once for pages, forms and mails.</summary>
public static class NewsletterPaths
{
    public const string Lists = "/newsletters";

    public const string SignUp = "/newsletters/sign-up";

    public const string Confirm = "/newsletters/confirm";

    public const string Account = "/newsletters/account";

    public const string Unsubscribe = "/newsletters/unsubscribe";

    public static string ConfirmLink(string origin, string token) => $"{origin}{Confirm}?token={Uri.EscapeDataString(token)}";

    public static string UnsubscribeLink(string origin, string token) => $"{origin}{Unsubscribe}?token={Uri.EscapeDataString(token)}";
}
