using System.Net.Mail;
using Marquee.Content;
using Marquee.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Newsroom.Staff;

/// <summary>Creates a newsroom login (the first administrator comes from `marquee user add`).</summary>
public sealed class AddStaffUser(MarqueeDbContext db, TimeProvider clock)
{
    public const int MinPasswordLength = 12;

    private static readonly PasswordHasher<StaffUser> Hasher = new();

    public async Task<StaffUser> AddAsync(string email, string name, string role, string password, CancellationToken cancellationToken)
    {
        email = email.Trim().ToLowerInvariant();
        var parsedRole = Check(email, name, role, password);
        if (await db.StaffUsers.AnyAsync(u => u.Email == email, cancellationToken))
        {
            throw new ContentValidationException($"a user with email {email} already exists");
        }

        var user = new StaffUser { Email = email, Name = name.Trim(), Role = parsedRole, PasswordHash = "", CreatedAt = clock.GetUtcNow().UtcDateTime };
        user.PasswordHash = Hasher.HashPassword(user, password);
        db.StaffUsers.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }

    private static StaffRole Check(string email, string name, string role, string password)
    {
        if (!MailAddress.TryCreate(email, out var address) || address.Address != email || email.Length > 320)
        {
            throw new ContentValidationException($"'{email}' is not an email address");
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            throw new ContentValidationException("name must be 1 to 200 characters");
        }

        if (!Enum.TryParse<StaffRole>(role, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(role, out _))
        {
            throw new ContentValidationException($"role '{role}' is not one of {string.Join(", ", Enum.GetNames<StaffRole>().Select(r => r.ToLowerInvariant()))}");
        }

        if (password.Length < MinPasswordLength)
        {
            throw new ContentValidationException($"password must be at least {MinPasswordLength} characters");
        }

        return parsed;
    }
}
