using System.Text.RegularExpressions;

namespace Marquee.Tests.Readers;

/// <summary>One message as the SMTP server received it: the envelope and the raw data (headers, blank line, body).</summary>
public sealed partial record ReceivedMail(string From, IReadOnlyList<string> Recipients, string Data)
{
    public string Headers => Data[..Data.IndexOf("\r\n\r\n", StringComparison.Ordinal)];

    public string Body => Data[(Data.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];

    public string Subject => SubjectHeader().Match(Headers).Groups[1].Value;

    /// <summary>The six-digit code the mail carries.</summary>
    public string Code => SixDigits().Match(Body) is { Success: true } match ? match.Value : throw new Xunit.Sdk.XunitException($"no code in: {Body}");

    /// <summary>The path and query of the sign-in link the mail carries.</summary>
    public string LinkPath => VerifyLink().Match(Body) is { Success: true } match
        ? new Uri(match.Value).PathAndQuery
        : throw new Xunit.Sdk.XunitException($"no sign-in link in: {Body}");

    [GeneratedRegex(@"^Subject: (.*)$", RegexOptions.Multiline)]
    private static partial Regex SubjectHeader();

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();

    [GeneratedRegex(@"https?://\S+/account/verify\?token=\S+")]
    private static partial Regex VerifyLink();
}
