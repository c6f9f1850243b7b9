namespace Marquee.Readers.SignIn;

/// <summary>
/// A one-time code mailed to an address, with the link that carries a longer token for the same challenge. Only
/// hashes are kept. Rows stay after use or expiry for an hour: they are what the per-address and per-network limits count.
/// </summary>
public sealed class SignInCode
{
    public long Id { get; set; }

    /// <summary>The normalised address the code was mailed to; the account need not exist yet.</summary>
    public required string Email { get; set; }

    public CodePurpose Purpose { get; set; }

    /// <summary>The network that asked (<see cref="ReaderNetwork"/>).</summary>
    public required string Network { get; set; }

    /// <summary>Hex SHA-256 of the salt and the six digits.</summary>
    public required string CodeHash { get; set; }

    public required string Salt { get; set; }

    /// <summary>Hex SHA-256 of the link's token.</summary>
    public required string LinkHash { get; set; }

    public int FailedAttempts { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? UsedAt { get; set; }
}
