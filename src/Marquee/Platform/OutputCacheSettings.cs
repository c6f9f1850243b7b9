namespace Marquee.Platform;

public sealed class OutputCacheSettings
{
    /// <summary>False only to measure cold renders; production keeps it on.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Memory for the last good copy of public pages, served when a render fails (the database is down).</summary>
    public int StaleCopyMegabytes { get; set; } = 64;

    /// <summary>How often a node reads the eviction log for changes made elsewhere; with Redis, pub/sub brings them sooner.</summary>
    public int EvictionLogPollMilliseconds { get; set; } = 250;
}
