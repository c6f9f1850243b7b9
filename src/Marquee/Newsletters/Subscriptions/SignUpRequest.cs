namespace Marquee.Newsletters.Subscriptions;

/// <summary>
/// A sign-up waiting for its mailed link: the lists asked for and the hash of the link's token. Asking writes only this
/// row (never reading subscriptions, so known and unknown addresses are treated alike); rows of the last hour are what
/// the per-address and per-network limits count.
/// </summary>
public sealed class SignUpRequest
{
    public long Id { get; set; }

    public required string Email { get; set; }

    /// <summary>The network that asked (<see cref="Readers.SignIn.ReaderNetwork"/>).</summary>
    public required string Network { get; set; }

    /// <summary>The list ids asked for, comma-separated.</summary>
    public required string ListIds { get; set; }

    /// <summary>Hex SHA-256 of the mailed link's token.</summary>
    public required string TokenHash { get; set; }

    public required string Form { get; set; }

    public required string WordingVersion { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? ConfirmedAt { get; set; }
}
