namespace Marquee.Tips.Keys;

/// <summary>
/// A tip editor's X25519 key pair: the public key, which every new tip is sealed to, and the private key locked under
/// their passphrase (Argon2id's salt and cost beside it). Nothing here opens a tip without that passphrase.
/// </summary>
public sealed class TipKey
{
    public long Id { get; set; }

    public long StaffUserId { get; set; }

    public required byte[] PublicKey { get; set; }

    public required byte[] LockedPrivateKey { get; set; }

    public required byte[] Salt { get; set; }

    public int Iterations { get; set; }

    public int MemoryKib { get; set; }

    public DateTime CreatedAt { get; set; }
}
