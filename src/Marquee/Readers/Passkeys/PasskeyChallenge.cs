namespace Marquee.Readers.Passkeys;

/// <summary>
/// The options one WebAuthn request was given, waiting for the browser's answer. Found by the challenge the answer
/// signed and deleted as it is taken, so an answer counts once, on whichever node it reaches.
/// </summary>
public sealed class PasskeyChallenge
{
    /// <summary>Hex SHA-256 of the challenge bytes.</summary>
    public required string Id { get; set; }

    public PasskeyCeremony Ceremony { get; set; }

    /// <summary>The reader adding a passkey; null for a sign-in, which names nobody until the answer does.</summary>
    public long? ReaderId { get; set; }

    /// <summary>The options as sent (Fido2's JSON): the answer is checked against exactly these.</summary>
    public required string Options { get; set; }

    public DateTime ExpiresAt { get; set; }
}
