using Geralt;
using Marquee.Content;
using Marquee.Storage;
using Marquee.Tips.Inbox;
using Marquee.Tips.Sealing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marquee.Tips.Keys;

/// <summary>Tip editors' key pairs: made here with the private key locked at once, opened only with the passphrase.</summary>
public sealed class TipKeys(MarqueeDbContext db, TipAudit audit, TimeProvider clock, IOptions<TipsOptions> options)
{
    public const int MinPassphraseLength = 12;

    public Task<TipKey?> OfAsync(long staffUserId, CancellationToken cancellationToken) =>
        db.Set<TipKey>().AsNoTracking().SingleOrDefaultAsync(k => k.StaffUserId == staffUserId, cancellationToken);

    /// <summary>Every tip editor's public key: a new tip is sealed to each of them.</summary>
    public Task<List<TipKey>> RecipientsAsync(CancellationToken cancellationToken) =>
        db.Set<TipKey>().AsNoTracking().OrderBy(k => k.Id).ToListAsync(cancellationToken);

    public async Task CreateAsync(TipActor editor, string passphrase, string confirmation, CancellationToken cancellationToken)
    {
        if (passphrase.Length < MinPassphraseLength)
        {
            throw new ContentValidationException($"the passphrase must be at least {MinPassphraseLength} characters");
        }

        if (passphrase != confirmation)
        {
            throw new ContentValidationException("the two passphrases differ");
        }

        var staffUserId = editor.StaffUserId ?? throw new InvalidOperationException("only a staff member has a tip key");
        if (await OfAsync(staffUserId, cancellationToken) is not null)
        {
            throw new ContentValidationException("you already have a tip key");
        }

        db.Set<TipKey>().Add(Make(staffUserId, passphrase, options.Value.PassphraseCost));
        await audit.RecordAsync(null, editor, "created a tip key", cancellationToken);
    }

    /// <summary>The private key, or null for a wrong passphrase or no key.</summary>
    public async Task<byte[]?> UnlockAsync(long staffUserId, string passphrase, CancellationToken cancellationToken) =>
        await OfAsync(staffUserId, cancellationToken) is { } key
            ? PassphraseLock.Unlock(key.LockedPrivateKey, key.PublicKey, passphrase, key.Salt, new PassphraseCost(key.Iterations, key.MemoryKib))
            : null;

    private TipKey Make(long staffUserId, string passphrase, PassphraseCost cost)
    {
        var publicKey = new byte[X25519.PublicKeySize];
        var privateKey = new byte[X25519.PrivateKeySize];
        var salt = new byte[PassphraseLock.SaltSize];
        X25519.GenerateKeyPair(publicKey, privateKey);
        SecureRandom.Fill(salt);
        var locked = PassphraseLock.Lock(privateKey, publicKey, passphrase, salt, cost);
        SecureMemory.ZeroMemory(privateKey);
        return new TipKey
        {
            StaffUserId = staffUserId,
            PublicKey = publicKey,
            LockedPrivateKey = locked,
            Salt = salt,
            Iterations = cost.Iterations,
            MemoryKib = cost.MemoryKiB,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
    }
}
