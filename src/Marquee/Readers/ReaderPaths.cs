namespace Marquee.Readers;

/// <summary>The readers' addresses, named once for pages, redirects and mails.</summary>
public static class ReaderPaths
{
    public const string Account = "/account";

    public const string Verify = "/account/verify";

    public const string Export = "/account/export";

    public const string Me = "/me";

    /// <summary>The proof-of-work challenge for forms that mail an address (<see cref="SignIn.CodeRequestGate"/>).</summary>
    public const string Work = "/account/work";

    public static string VerifyLink(string origin, string token) => $"{origin}{Verify}?token={Uri.EscapeDataString(token)}";
}
