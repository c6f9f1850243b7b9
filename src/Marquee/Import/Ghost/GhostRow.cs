using System.Globalization;
using System.Text.Json;
using Marquee.Content;

namespace Marquee.Import.Ghost;

/// <summary>One row of a Ghost export table. Ghost wrote the same column as a number, a string or null across versions; this reads them all.</summary>
internal readonly record struct GhostRow(JsonElement Json, int Number)
{
    public string? Text(string column) =>
        Json.TryGetProperty(column, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() is { } text && !string.IsNullOrWhiteSpace(text) ? text : null,
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    /// <summary>How messages name this row: <c>post 3 'hello-world'</c>, or <c>post 3</c> while it has no usable slug.</summary>
    public string Name(string kind, string? slug = null) =>
        (slug ?? Slugs.From(Text("slug") ?? "")) is { Length: > 0 } known ? $"{kind} {Number} '{known}'" : $"{kind} {Number}";

    /// <summary>Ids are integers in 0.x exports and 24-character hex strings since 1.0.</summary>
    public string? Id(string column = "id") => Text(column);

    public bool Flag(string column) =>
        Json.TryGetProperty(column, out var value) && value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.Number => value.TryGetDouble(out var number) && number != 0,
            JsonValueKind.String => value.GetString() is "1" or "true",
            _ => false,
        };

    /// <summary>The milliseconds since 1970 a DateTime can hold (years 1 to 9999); a number outside is not a time.</summary>
    private const long MinMilliseconds = -62_135_596_800_000, MaxMilliseconds = 253_402_300_799_999;

    /// <summary>Milliseconds since 1970 (0.x) or an ISO 8601 string (1.x and later), in UTC.</summary>
    public DateTime? Time(string column)
    {
        if (!Json.TryGetProperty(column, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var milliseconds) && milliseconds is >= MinMilliseconds and <= MaxMilliseconds)
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).UtcDateTime;
        }

        if (value.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time.UtcDateTime;
        }

        return null;
    }

    public int Order => Json.TryGetProperty("sort_order", out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var order) ? order : 0;
}
