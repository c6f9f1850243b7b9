namespace Marquee.Distribution.GhostContentApi.Keys;

/// <summary>
/// A key a front end sends as ?key= to read the Content API. Like Ghost's, it only grants reading what
/// is already public, so it is stored as issued and can be shown again.
/// </summary>
public sealed class ContentApiKey
{
    public long Id { get; set; }

    /// <summary>Who uses it ("Next.js front end"), so a newsroom knows which key to revoke.</summary>
    public required string Name { get; set; }

    /// <summary>26 lowercase hex characters, the form Ghost's official client insists on.</summary>
    public required string Secret { get; set; }

    public DateTime CreatedAt { get; set; }
}
