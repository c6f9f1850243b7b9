using Marquee.Newsletters.Lists;

namespace Marquee.Newsletters.Desk;

/// <summary>The list form's fields as posted (text, checked by <see cref="NewsletterListInput"/>) and as shown.</summary>
public sealed class ListForm
{
    public string? Name { get; set; }

    public string? Slug { get; set; }

    public string? Description { get; set; }

    public string? Cadence { get; set; } = nameof(Lists.Cadence.Daily);

    public string? Weekday { get; set; } = nameof(DayOfWeek.Monday);

    public string? SendAt { get; set; } = "07:00";

    /// <summary>False unless posted checked: an unticked checkbox posts nothing.</summary>
    public bool IsActive { get; set; }

    public NewsletterListInput ToInput() => new(Name, Slug, Description, Cadence, Weekday, SendAt, IsActive);

    public static ListForm Of(NewsletterList list) => new()
    {
        Name = list.Name, Slug = list.Slug, Description = list.Description, Cadence = list.Cadence.ToString(),
        Weekday = list.Weekday.ToString(), SendAt = list.SendAt.ToString("HH\\:mm", System.Globalization.CultureInfo.InvariantCulture), IsActive = list.IsActive,
    };
}
