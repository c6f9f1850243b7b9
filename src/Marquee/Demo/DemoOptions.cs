namespace Marquee.Demo;

public sealed class DemoOptions
{
    public const string Section = "Marquee:Demo";

    /// <summary>`marquee serve` loads the demo content into a database with no articles.</summary>
    public bool LoadOnFirstRun { get; set; } = true;
}
