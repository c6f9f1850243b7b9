namespace Marquee.Platform.Caching;

public sealed class OutputCacheSettings : ICheckedOptions
{
    public const string Section = "Marquee:OutputCache";

    public string? Problem() =>
        EvictionLogPollMilliseconds < 10 ? $"Marquee:OutputCache:EvictionLogPollMilliseconds '{EvictionLogPollMilliseconds}' must be 10 or more."
        : NodeMemoryMegabytes < 0 ? $"Marquee:OutputCache:NodeMemoryMegabytes '{NodeMemoryMegabytes}' must be 0 (no memory tier) or more."
        : null;

    /// <summary>False only to measure cold renders; production keeps it on.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Memory for the last good copy of public pages, served when a render fails (the database is down).</summary>
    public int StaleCopyMegabytes { get; set; } = 64;

    /// <summary>How often a node reads the eviction log for changes made elsewhere; with Redis, pub/sub brings them sooner.</summary>
    public int EvictionLogPollMilliseconds { get; set; } = 250;

    /// <summary>Memory for this node's pages ready to send before routing (the warm path) and, with Redis, as much for its copies of shared pages, so a hit costs no round trip; 0 turns both off.</summary>
    public int NodeMemoryMegabytes { get; set; } = 64;
}
