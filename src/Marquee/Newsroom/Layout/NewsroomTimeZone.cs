using System.Globalization;
using Marquee.Content;
using Microsoft.Extensions.Options;

namespace Marquee.Newsroom.Layout;

/// <summary>
/// The newsroom's wall clock (<c>Marquee:Newsroom:TimeZone</c>): times are stored in UTC, shown and typed in this zone,
/// always with its name, so "publish at 09:00" means nine in the newsroom, whatever the server's zone.
/// </summary>
public sealed class NewsroomTimeZone(IOptions<NewsroomOptions> options)
{
    public string Name => options.Value.TimeZone;

    private TimeZoneInfo Zone => options.Value.Zone;

    /// <summary>A stored UTC instant as the newsroom's clock shows it.</summary>
    public DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>
    /// A datetime-local value typed in the newsroom's zone as a UTC instant; null when empty. A time the clocks skip
    /// is refused; a time they pass twice is the first (summer time), as a calendar would read it.
    /// </summary>
    public DateTime? ToUtc(string? text, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var typed) || typed.Kind != DateTimeKind.Unspecified)
        {
            throw new ContentValidationException($"the {what} time '{text}' is not a date and time (use YYYY-MM-DDTHH:MM, {Name} time)");
        }

        if (Zone.IsInvalidTime(typed))
        {
            throw new ContentValidationException($"the {what} time {typed:yyyy-MM-dd HH:mm} does not exist in {Name} (the clocks go forward then); choose another");
        }

        var offset = Zone.IsAmbiguousTime(typed) ? Zone.GetAmbiguousTimeOffsets(typed).Max() : Zone.GetUtcOffset(typed);
        return DateTime.SpecifyKind(typed - offset, DateTimeKind.Utc);
    }
}
