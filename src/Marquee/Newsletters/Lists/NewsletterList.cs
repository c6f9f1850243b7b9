namespace Marquee.Newsletters.Lists;

/// <summary>
/// A newsletter readers may subscribe to: what it is called and says about itself, and when its digest goes out —
/// a time of day on the newsroom's clock (<c>Marquee:Newsroom:TimeZone</c>), every day or on one weekday.
/// </summary>
public sealed class NewsletterList
{
    public long Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    public string Description { get; set; } = "";

    public Cadence Cadence { get; set; }

    /// <summary>The weekday a weekly list goes out; ignored for a daily one.</summary>
    public DayOfWeek Weekday { get; set; }

    /// <summary>Time of day in the newsroom's zone, so "07:00" stays seven o'clock across the clock changes.</summary>
    public TimeOnly SendAt { get; set; }

    /// <summary>Inactive lists take no sign-ups, send nothing and are not shown to readers; their subscribers are kept.</summary>
    public bool IsActive { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
