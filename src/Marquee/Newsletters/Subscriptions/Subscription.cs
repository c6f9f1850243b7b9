namespace Marquee.Newsletters.Subscriptions;

/// <summary>
/// A subscription of one address to one list. Exists only once the address is proven (the mailed link, or a signed-in
/// reader's account). Unsubscribing ends it but keeps the row, so its token still answers a second one-click POST as
/// the first; subscribing again starts it anew with the same token. Deleting the reader's account deletes it.
/// </summary>
public sealed class Subscription
{
    public long Id { get; set; }

    public long ListId { get; set; }

    /// <summary>Lower-case, as <see cref="Readers.Accounts.ReaderAddress"/> normalises it.</summary>
    public required string Email { get; set; }

    /// <summary>Opaque, random, one per recipient and list: what the unsubscribe link and header carry, and nothing else does.</summary>
    public required string UnsubscribeToken { get; set; }

    public DateTime ConfirmedAt { get; set; }

    /// <summary>When it was ended (unsubscribed); null while the address receives the list.</summary>
    public DateTime? EndedAt { get; set; }
}
