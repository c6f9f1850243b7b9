using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Readers.Accounts;

/// <summary>
/// Reader rows: made the moment a code proves an address (so no unverified account ever exists), renamed, deleted.
/// No public page shows a reader, so these writes evict nothing.
/// </summary>
public sealed class ReaderAccounts(MarqueeDbContext db, TimeProvider clock)
{
    /// <summary>The account of a proven address, made now if it has none (two racing first sign-ins get the same one).</summary>
    public async Task<long> ForProvenAddressAsync(string email, CancellationToken cancellationToken)
    {
        if (await IdOfAsync(email, cancellationToken) is { } existing)
        {
            return existing;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var reader = new Reader { Email = email, DisplayName = NameFrom(email), CreatedAt = now, VerifiedAt = now };
        db.Add(reader);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return reader.Id;
        }
        catch (DbUpdateException)
        {
            // The unique address: another request made it first, and that account is this one.
            db.ChangeTracker.Clear();
            return await IdOfAsync(email, cancellationToken) ?? throw new InvalidOperationException($"No reader {email} after a conflicting insert");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    public Task<Reader?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.Set<Reader>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    public Task RenameAsync(long id, string displayName, CancellationToken cancellationToken) =>
        db.Set<Reader>().Where(r => r.Id == id).ExecuteUpdateAsync(r => r.SetProperty(x => x.DisplayName, displayName), cancellationToken);

    /// <summary>Deletes the account; its sessions go with it (cascade).</summary>
    public Task DeleteAsync(long id, CancellationToken cancellationToken) =>
        db.Set<Reader>().Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken);

    private Task<long?> IdOfAsync(string email, CancellationToken cancellationToken) =>
        db.Set<Reader>().Where(r => r.Email == email).Select(r => (long?)r.Id).SingleOrDefaultAsync(cancellationToken);

    /// <summary>A first name to show until the reader picks one: the mailbox part of the address.</summary>
    private static string NameFrom(string email)
    {
        var local = email[..email.IndexOf('@', StringComparison.Ordinal)];
        return local[..Math.Min(local.Length, DisplayNames.MaxLength)];
    }
}
