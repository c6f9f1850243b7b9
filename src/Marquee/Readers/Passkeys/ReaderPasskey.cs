namespace Marquee.Readers.Passkeys;

/// <summary>A passkey a reader added: the public half of a key pair whose private half never leaves their device.</summary>
public sealed class ReaderPasskey
{
    /// <summary>The credential id the authenticator chose; unique across all readers.</summary>
    public required byte[] CredentialId { get; set; }

    public long ReaderId { get; set; }

    /// <summary>The COSE-encoded public key the signatures are checked with.</summary>
    public required byte[] PublicKey { get; set; }

    /// <summary>The authenticator's last signature counter (0 for passkeys that keep none).</summary>
    public long SignCount { get; set; }

    /// <summary>What the reader called it, to tell their passkeys apart.</summary>
    public required string Name { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? LastUsedAt { get; set; }
}
