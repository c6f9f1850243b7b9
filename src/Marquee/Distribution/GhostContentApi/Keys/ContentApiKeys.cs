using System.Security.Cryptography;
using Marquee.Content;
using Marquee.Platform.Caching;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Distribution.GhostContentApi.Keys;

/// <summary>Issues, lists and revokes Content API keys (<see cref="ContentApiKeyCheck"/> tells a request whether its key is one of them).</summary>
public sealed class ContentApiKeys(MarqueeDbContext db, ContentChanges changes, TimeProvider clock)
{
    private const int MaxNameLength = 200;

    private const int SecretBytes = 13;

    public async Task<ContentApiKey> AddAsync(string name, CancellationToken cancellationToken)
    {
        name = name.Trim();
        if (name.Length is 0 or > MaxNameLength)
        {
            throw new ContentValidationException($"key name must be 1 to {MaxNameLength} characters");
        }

        if (await db.ContentApiKeys.AnyAsync(k => k.Name == name, cancellationToken))
        {
            throw new ContentValidationException($"a content API key named '{name}' already exists");
        }

        var key = new ContentApiKey { Name = name, Secret = NewSecret(), CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.ContentApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    public async Task<IReadOnlyList<ContentApiKey>> ListAsync(CancellationToken cancellationToken) =>
        await db.ContentApiKeys.OrderBy(k => k.Name).ToListAsync(cancellationToken);

    /// <summary>Revokes a key; responses cached for it are evicted with the rest of the API's cache. Run it in a ContentTransaction.</summary>
    public async Task<string> RemoveAsync(string name, CancellationToken cancellationToken)
    {
        name = name.Trim();
        var removed = await db.ContentApiKeys.Where(k => k.Name == name).ExecuteDeleteAsync(cancellationToken);
        if (removed == 0)
        {
            throw new ContentValidationException($"no content API key is named '{name}'");
        }

        changes.Touch(CacheTags.AnyContent);
        return name;
    }

    /// <summary>Keys are 26 lower-case hex digits, as Ghost's are; anything else is refused without asking the database.</summary>
    public static bool IsWellFormed(string secret) => secret.Length == SecretBytes * 2 && secret.All(char.IsAsciiHexDigitLower);

    private static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(SecretBytes));
}
