using System.Net.Mail;
using Marquee.Content;

namespace Marquee.Newsroom.Staff;

/// <summary>What an email and a display name must be, checked the same way for the CLI, invitations and acceptance.</summary>
public static class StaffAccountRules
{
    /// <summary>Length over composition rules (NIST SP 800-63B): a passphrase beats "Passw0rd!".</summary>
    public const int MinPasswordLength = 12;

    /// <summary>Identity's column width for emails.</summary>
    public const int MaxEmailLength = 256;

    public static string Email(string email)
    {
        email = email.Trim().ToLowerInvariant();
        return MailAddress.TryCreate(email, out var address) && address.Address == email && email.Length <= MaxEmailLength
            ? email
            : throw new ContentValidationException($"'{email}' is not an email address");
    }

    public static string Name(string? name) =>
        string.IsNullOrWhiteSpace(name) || name.Trim().Length > StaffUser.MaxNameLength
            ? throw new ContentValidationException($"name must be 1 to {StaffUser.MaxNameLength} characters")
            : name.Trim();
}
