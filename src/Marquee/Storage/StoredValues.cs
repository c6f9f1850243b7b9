namespace Marquee.Storage;

/// <summary>
/// Values as every provider stores them alike, so SQLite and PostgreSQL hold the same data and a
/// re-save of what was read back compares equal: times in UTC to the microsecond (PostgreSQL's
/// precision), text without NUL characters (PostgreSQL's text refuses them).
/// </summary>
public static class StoredValues
{
    public static DateTime Time(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime();
        return new DateTime(utc.Ticks - (utc.Ticks % (TimeSpan.TicksPerMillisecond / 1000)), DateTimeKind.Utc);
    }

    public static DateTime? Time(DateTime? value) => value is { } time ? Time(time) : null;

    public static string Text(string value) => value.Contains('\0', StringComparison.Ordinal) ? value.Replace("\0", "", StringComparison.Ordinal) : value;
}
