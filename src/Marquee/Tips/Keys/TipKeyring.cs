using System.Collections.Concurrent;
using Geralt;
using Microsoft.Extensions.Options;

namespace Marquee.Tips.Keys;

/// <summary>
/// Unlocked private keys, in this node's memory only and for a few idle minutes: never written anywhere, gone on
/// restart, locking or expiry (decision 0066). Another node asks for the passphrase again.
/// </summary>
public sealed class TipKeyring(TimeProvider clock, IOptions<TipsOptions> options)
{
    private readonly ConcurrentDictionary<long, (byte[] PrivateKey, DateTime Until)> _open = new();

    public void Open(long staffUserId, byte[] privateKey) => _open[staffUserId] = (privateKey, Until());

    /// <summary>The open key, its idle time renewed; null once it has expired or was never opened.</summary>
    public byte[]? Get(long staffUserId)
    {
        if (!_open.TryGetValue(staffUserId, out var open))
        {
            return null;
        }

        if (open.Until <= clock.GetUtcNow().UtcDateTime)
        {
            Close(staffUserId);
            return null;
        }

        _open[staffUserId] = (open.PrivateKey, Until());
        return open.PrivateKey;
    }

    public void Close(long staffUserId)
    {
        if (_open.TryRemove(staffUserId, out var closed))
        {
            SecureMemory.ZeroMemory(closed.PrivateKey);
        }
    }

    private DateTime Until() => clock.GetUtcNow().UtcDateTime.AddMinutes(options.Value.UnlockedMinutes);
}
