using System.Security.Cryptography;
using Marquee.Newsroom.Staff;

namespace Marquee.Demo;

/// <summary>
/// The demo's way into the newsroom: an administrator with a fresh random password, made only while
/// nobody has an account, so a real newsroom's first administrator (`marquee user add`) is never shadowed.
/// </summary>
public sealed class DemoAdministrator(IServiceScopeFactory scopes)
{
    public const string Email = "demo@marquee.local";

    /// <summary>The sign-in line to print once, or null when the newsroom already has staff.</summary>
    public async Task<string?> CreateIfNoStaffAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<StaffDirectory>().AnyAsync(cancellationToken))
        {
            return null;
        }

        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
        await scope.ServiceProvider.GetRequiredService<AddStaffUser>().AddAsync(Email, "Demo Administrator", "administrator", password, cancellationToken);
        return $"Demo administrator (shown this once): sign in at /newsroom/login as {Email} with password {password}";
    }
}
