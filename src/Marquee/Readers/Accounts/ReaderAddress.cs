using System.Net.Mail;

namespace Marquee.Readers.Accounts;

/// <summary>
/// What counts as a reader's e-mail address: one plain address (no display name, no list, no line break a mail
/// header could be split at), lower-cased so one inbox is one account.
/// </summary>
public static class ReaderAddress
{
    public const int MaxLength = 254;

    /// <summary>The normalised address, or a sentence saying what is wrong with what was typed.</summary>
    public static (string? Email, string? Problem) Parse(string? typed)
    {
        var text = typed?.Trim() ?? "";
        if (text.Length == 0)
        {
            return (null, "Type your e-mail address.");
        }

        if (text.Length > MaxLength)
        {
            return (null, $"That e-mail address is {text.Length} characters long; the most is {MaxLength}.");
        }

        if (text.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is '<' or '>' or ',' or ';' or '"' or '(' or ')'))
        {
            return (null, "An e-mail address has no spaces, line breaks or <>,;\"() in it.");
        }

        return MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.', StringComparison.Ordinal)
            ? (text.ToLowerInvariant(), null)
            : (null, "That is not an e-mail address: it looks like name@example.com.");
    }
}
