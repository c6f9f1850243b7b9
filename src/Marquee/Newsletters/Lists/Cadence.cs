namespace Marquee.Newsletters.Lists;

/// <summary>How often a list's digest goes out.</summary>
public enum Cadence
{
    Daily = 1,
    Weekly = 2,
}
