using System.Globalization;
using Marquee.Content;

namespace Marquee.Newsletters.Lists;

/// <summary>A list as the newsroom's form sends it, checked field by field into what is stored.</summary>
public sealed record NewsletterListInput(string? Name, string? Slug, string? Description, string? Cadence, string? Weekday, string? SendAt, bool IsActive)
{
    public const int NameLength = 80;

    public const int DescriptionLength = 300;

    /// <summary>Copies the checked fields onto a list; the first problem found is thrown, and nothing is copied then.</summary>
    public void CopyTo(NewsletterList list)
    {
        var name = OneLine(Name, "name", NameLength);
        var slug = Slugs.GivenOrFrom(Slug, name);
        if (!Slugs.IsValid(slug) || slug.Length > NameLength)
        {
            throw new ContentValidationException($"the slug '{slug}' must be lower-case letters, digits and single hyphens, at most {NameLength} characters");
        }

        var description = (Description ?? "").Trim();
        if (description.Length > DescriptionLength || description.Any(c => char.IsControl(c) && c is not '\n' and not '\r'))
        {
            throw new ContentValidationException($"the description must be plain text of at most {DescriptionLength} characters (it is {description.Length})");
        }

        var cadence = Enum.TryParse<Cadence>(Cadence, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(Cadence, out _)
            ? parsed
            : throw new ContentValidationException($"the cadence '{Cadence}' is not daily or weekly");
        var weekday = cadence == Lists.Cadence.Weekly ? ParseWeekday() : DayOfWeek.Monday;
        var sendAt = TimeOnly.TryParseExact((SendAt ?? "").Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new ContentValidationException($"the send time '{SendAt}' is not a time of day (HH:MM, 24-hour)");

        (list.Name, list.Slug, list.Description, list.Cadence, list.Weekday, list.SendAt, list.IsActive) = (name, slug, description, cadence, weekday, sendAt, IsActive);
    }

    private DayOfWeek ParseWeekday() =>
        Enum.TryParse<DayOfWeek>(Weekday, ignoreCase: true, out var day) && Enum.IsDefined(day) && !int.TryParse(Weekday, out _)
            ? day
            : throw new ContentValidationException($"a weekly list needs a weekday; '{Weekday}' is not one");

    /// <summary>One line of text: a name goes into mail subjects and headers, so no line break may reach them.</summary>
    private static string OneLine(string? text, string what, int maxLength)
    {
        var trimmed = (text ?? "").Trim();
        return trimmed switch
        {
            { Length: 0 } => throw new ContentValidationException($"the {what} is empty"),
            { Length: var length } when length > maxLength => throw new ContentValidationException($"the {what} is {length} characters long; the most is {maxLength}"),
            _ when trimmed.Any(char.IsControl) => throw new ContentValidationException($"the {what} must be one line, without line breaks or control characters"),
            _ => trimmed,
        };
    }
}
