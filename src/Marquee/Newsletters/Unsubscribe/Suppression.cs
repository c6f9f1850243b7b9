namespace Marquee.Newsletters.Unsubscribe;

/// <summary>
/// An address no newsletter goes to, whatever it is subscribed to: the global suppression list every send reads. Lifted
/// (not deleted, so the audit log's "#id" keeps pointing at it) only when the address itself confirms a new sign-up.
/// </summary>
public sealed class Suppression
{
    public long Id { get; set; }

    public required string Email { get; set; }

    public required string Reason { get; set; }

    public DateTime At { get; set; }

    /// <summary>When a confirmed sign-up lifted it; null while the address is suppressed.</summary>
    public DateTime? LiftedAt { get; set; }
}
