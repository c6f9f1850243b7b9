namespace Marquee.Platform.Jobs;

/// <summary>
/// Which node runs a background job now, and how far it got. A node holds the lease until
/// <see cref="ExpiresAt"/> and renews it on every run; another node takes over only once it has expired.
/// </summary>
public sealed class JobLease
{
    public required string Name { get; set; }

    public required string Holder { get; set; }

    public DateTime ExpiresAt { get; set; }

    /// <summary>The instant the job has done its work up to, so a new holder neither repeats nor skips any of it.</summary>
    public DateTime DoneUpTo { get; set; }
}
