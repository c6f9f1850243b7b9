namespace Marquee.Platform;

public sealed class DemoOptions
{
    /// <summary>`marquee serve` loads the demo content into a database with no articles.</summary>
    public bool LoadOnFirstRun { get; set; } = true;
}
