namespace Marquee.Readers.Mail;

/// <summary>One plain-text mail to a reader; the address is already checked by <see cref="Accounts.ReaderAddress"/>, extra headers are the site's own.</summary>
public sealed record ReaderMail(string To, string Subject, string Body)
{
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];
}
