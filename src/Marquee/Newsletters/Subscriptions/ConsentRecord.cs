namespace Marquee.Newsletters.Subscriptions;

/// <summary>
/// One line of the consent log: an address agreed to (or withdrew from) a list, when, on which form and with which
/// words. Kept after an unsubscription, as the record of both; deleted with the reader's account.
/// </summary>
public sealed class ConsentRecord
{
    public long Id { get; set; }

    public required string Email { get; set; }

    public long ListId { get; set; }

    public ConsentAction Action { get; set; }

    /// <summary>Where it was given: the public sign-up form, the account page, an unsubscribe link…</summary>
    public required string Form { get; set; }

    /// <summary>The version of the words the reader agreed to (<see cref="SignUpWording"/>).</summary>
    public required string WordingVersion { get; set; }

    public DateTime At { get; set; }
}
