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

    /// <summary>Where the consent banner's script posts a decision, kept as a receipt for a signed-in reader.</summary>
    public const string ConsentReceipt = "/account/consent";

    public static string VerifyLink(string origin, string token) => $"{origin}{Verify}?token={Uri.EscapeDataString(token)}";
}
