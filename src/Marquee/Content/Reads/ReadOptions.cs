using Marquee.Platform;

namespace Marquee.Content.Reads;

/// <summary>How reads are counted (decision 0075): in each node's memory, written to the database in batches.</summary>
public sealed class ReadOptions : ICheckedOptions
{
    public const string Section = "Marquee:Reads";

    /// <summary>Seconds between a node's batched writes of the reads it counted; 0 stops counting (the beacon still answers).</summary>
    public int FlushSeconds { get; set; } = 10;

    /// <summary>Reads one client address may add per minute; more are answered alike and not counted. Held in memory only.</summary>
    public int PerAddressPerMinute { get; set; } = 30;

    public string? Problem() =>
        FlushSeconds is < 0 or > 300 ? $"Marquee:Reads:FlushSeconds '{FlushSeconds}' must be between 0 (no counting) and 300."
        : PerAddressPerMinute < 1 ? $"Marquee:Reads:PerAddressPerMinute '{PerAddressPerMinute}' must be 1 or more."
        : null;
}
