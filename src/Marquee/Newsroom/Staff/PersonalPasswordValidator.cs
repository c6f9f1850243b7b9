using Microsoft.AspNetCore.Identity;

namespace Marquee.Newsroom.Staff;

/// <summary>Refuses a password built from the person's own email or name: the first thing an attacker tries.</summary>
internal sealed class PersonalPasswordValidator : IPasswordValidator<StaffUser>
{
    private const int ShortestTellingPart = 4;

    public Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password)
    {
        var parts = new[] { user.Email?.Split('@')[0], user.Name }
            .Where(part => part is { Length: >= ShortestTellingPart });
        return Task.FromResult(parts.Any(part => password?.Contains(part!, StringComparison.OrdinalIgnoreCase) == true)
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordContainsPersonalData", Description = "password must not contain your email address or name" })
            : IdentityResult.Success);
    }
}
