namespace Marquee.Readers.Mail;

/// <summary>One plain-text mail to a reader; the address is already checked by <see cref="Accounts.ReaderAddress"/>.</summary>
public sealed record ReaderMail(string To, string Subject, string Body);
