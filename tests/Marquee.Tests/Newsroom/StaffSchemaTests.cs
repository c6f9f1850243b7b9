using Marquee.Newsroom.Staff;
using Marquee.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tests.Newsroom;

/// <summary>
/// M0005 and M0008 wrote Identity's tables by hand: every Identity entity must round-trip through the EF model on
/// the migrated schema (SQLite, and PostgreSQL in CI), and users from before the move must still sign in.
/// </summary>
public sealed class StaffSchemaTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private const long LastMigrationBeforeIdentity = 2026_12_01_0003;

    [Fact]
    public async Task Every_identity_entity_is_written_and_read_back_unchanged()
    {
        var cancel = TestContext.Current.CancellationToken;
        var email = $"schema-{Guid.NewGuid().ToString("n")[..10]}@example.com";
        var lockoutEnd = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);
        long id;
        using (var scope = server.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
            var user = new StaffUser
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true, PasswordHash = "hash", SecurityStamp = "stamp", ConcurrencyStamp = "concurrency", PhoneNumber = "+1 555 0100",
                PhoneNumberConfirmed = true, TwoFactorEnabled = true, LockoutEnd = lockoutEnd, LockoutEnabled = true, AccessFailedCount = 3,
                Name = "Schema Person", Role = StaffRole.Editor, CreatedAt = new DateTime(2026, 12, 1, 6, 0, 0, DateTimeKind.Utc), DisabledAt = new DateTime(2026, 12, 1, 7, 0, 0, DateTimeKind.Utc),
            };
            db.Users.Add(user);
            await db.SaveChangesAsync(cancel);
            id = user.Id;
            db.UserClaims.Add(new IdentityUserClaim<long> { UserId = id, ClaimType = "desk", ClaimValue = "music" });
            db.UserLogins.Add(new IdentityUserLogin<long> { UserId = id, LoginProvider = "provider", ProviderKey = email, ProviderDisplayName = "Provider" });
            db.UserTokens.Add(new IdentityUserToken<long> { UserId = id, LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = "KEY" });
            db.UserPasskeys.Add(new IdentityUserPasskey<long>
            {
                UserId = id, CredentialId = [1, 2, 3],
                Data = new IdentityPasskeyData { PublicKey = [4, 5], Name = "Laptop", CreatedAt = lockoutEnd, SignCount = 7, Transports = ["internal"], IsUserVerified = true, AttestationObject = [6], ClientDataJson = [7] },
            });
            await db.SaveChangesAsync(cancel);
        }

        using var read = server.Services.CreateScope();
        var stored = read.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        var back = await stored.Users.SingleAsync(u => u.Id == id, cancel);

        Assert.Equal(
            (email, email.ToUpperInvariant(), true, "hash", "stamp", "+1 555 0100", true, lockoutEnd, 3, "Schema Person", StaffRole.Editor, new DateTime(2026, 12, 1, 7, 0, 0, DateTimeKind.Utc)),
            (back.Email, back.NormalizedEmail, back.TwoFactorEnabled, back.PasswordHash, back.SecurityStamp, back.PhoneNumber, back.PhoneNumberConfirmed, back.LockoutEnd, back.AccessFailedCount, back.Name, back.Role, back.DisabledAt));
        Assert.Equal("music", (await stored.UserClaims.SingleAsync(c => c.UserId == id, cancel)).ClaimValue);
        Assert.Equal("Provider", (await stored.UserLogins.SingleAsync(l => l.UserId == id, cancel)).ProviderDisplayName);
        Assert.Equal("KEY", (await stored.UserTokens.SingleAsync(t => t.UserId == id, cancel)).Value);
        var passkey = await stored.UserPasskeys.SingleAsync(p => p.UserId == id, cancel);
        Assert.Equal(
            ("010203", "0405", "Laptop", lockoutEnd, 7u, "internal", true),
            (Convert.ToHexString(passkey.CredentialId), Convert.ToHexString(passkey.Data.PublicKey), passkey.Data.Name, passkey.Data.CreatedAt, passkey.Data.SignCount, passkey.Data.Transports?.Single(), passkey.Data.IsUserVerified));
    }

    [Fact]
    public async Task A_user_added_before_identity_signs_in_after_the_migration_with_the_same_password()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "marquee-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(dataPath);
        using var database = new TestDatabase(dataPath);
        database.MigrateTo(LastMigrationBeforeIdentity);
        var hash = new PasswordHasher<StaffUser>().HashPassword(null!, StaffSession.Password);
        database.Execute($"INSERT INTO staff_users (email, name, role, password_hash, created_at) VALUES ('old.timer@example.com', 'Old Timer', 'editor', '{hash}', '2026-11-30 10:00:00')");
        try
        {
            await using var upgraded = MarqueeServer.On(dataPath, database);
            await upgraded.InitializeAsync();
            using var session = StaffSession.Anonymous(upgraded);
            using var login = await session.LogInAsync("Old.Timer@example.com", StaffSession.Password);
            var dashboard = await session.PageAsync("/newsroom");

            Assert.Equal("/newsroom", login.Headers.Location?.OriginalString);
            Assert.Equal("Hello, Old Timer. You are signed in as editor.", dashboard.Text(".nr-greeting"));
        }
        finally
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }

}
