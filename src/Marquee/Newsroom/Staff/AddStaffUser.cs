using Marquee.Content;
using Microsoft.AspNetCore.Identity;

namespace Marquee.Newsroom.Staff;

/// <summary>Creates a newsroom login with a password (the first administrator comes from `marquee user add`).</summary>
public sealed class AddStaffUser(UserManager<StaffUser> users, TimeProvider clock)
{
    public async Task<StaffUser> AddAsync(string email, string name, string role, string password, CancellationToken cancellationToken)
    {
        var address = StaffAccountRules.Email(email);
        var user = new StaffUser
        {
            Email = address,
            UserName = address,
            Name = StaffAccountRules.Name(name),
            Role = StaffRoles.Parse(role),
            EmailConfirmed = true,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        cancellationToken.ThrowIfCancellationRequested();
        if (await users.FindByEmailAsync(user.Email) is not null)
        {
            throw new ContentValidationException($"a user with email {user.Email} already exists");
        }

        IdentityOutcome.Check(await users.CreateAsync(user, password));
        return user;
    }
}
