namespace Marquee.Platform;

public sealed class OutputCacheSettings
{
    /// <summary>False only to measure cold renders; production keeps it on.</summary>
    public bool Enabled { get; set; } = true;
}
