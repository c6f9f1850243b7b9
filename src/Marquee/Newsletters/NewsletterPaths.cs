namespace Marquee.Newsletters;

/// <summary>The newsletters' public addresses, named once for pages, forms and mails.</summary>
public static class NewsletterPaths
{
    public const string Lists = "/newsletters";

    public const string SignUp = "/newsletters/sign-up";

    public const string Confirm = "/newsletters/confirm";

    public const string Account = "/newsletters/account";

    public static string ConfirmLink(string origin, string token) => $"{origin}{Confirm}?token={Uri.EscapeDataString(token)}";
}
