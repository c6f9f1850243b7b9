using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;

namespace Marquee.Newsroom.Staff;

/// <summary>
/// Refuses a password on a list of common and breached ones (ASVS 2.1.7), ignoring case, whole or without the digits
/// and symbols people put at the end to pass a rule ("password1234", "Sunshine2024!"). The list ships inside the
/// executable (CommonPasswords/SOURCES.md); every way of setting a password goes through Identity's validators.
/// </summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<StaffUser>
{
    public const string TooCommon = "this password is too common: it is on the lists attackers try first. Choose a phrase of your own, such as a few unrelated words";

    private const string Resource = "Marquee.CommonPasswords";

    private static readonly Lazy<FrozenSet<string>> Common = new(Load);

    /// <summary>The ASCII digits, symbols and spaces taken off the end before the second look-up.</summary>
    private static readonly char[] NotLetter = [.. Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsAsciiLetter(c))];

    public Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password) =>
        // A shorter one is refused for its length already, and one reason is clearer than two.
        Task.FromResult(password?.Length >= StaffAccountRules.MinPasswordLength && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordTooCommon", Description = TooCommon })
            : IdentityResult.Success);

    public static bool IsCommon(string password)
    {
        var lower = password.ToLowerInvariant();
        return Common.Value.Contains(lower) || Common.Value.Contains(lower.TrimEnd(NotLetter));
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"the embedded resource {Resource} is missing from the build");
        using var reader = new StreamReader(stream);
        var passwords = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            passwords.Add(line);
        }

        return passwords.ToFrozenSet(StringComparer.Ordinal);
    }
}
