using System.Globalization;
using Marquee.Content;
using Marquee.Media.Photos;

namespace Marquee.Newsroom.Photos;

/// <summary>
/// The photo page's form as posted (plain text fields, so it works without JavaScript and numbers read the
/// same in every culture): keywords comma-separated, the licence end as a UTC date and time, the focal point
/// as fractions of the width and height.
/// </summary>
public sealed class PhotoForm
{
    private const string TimeFormat = "yyyy-MM-ddTHH:mm:ss";

    public string? Caption { get; set; }

    public string? AltText { get; set; }

    public string? Credit { get; set; }

    public string? Source { get; set; }

    public string? Keywords { get; set; }

    public string? LicenceExpiresAt { get; set; }

    public string? FocalX { get; set; }

    public string? FocalY { get; set; }

    public static PhotoForm From(Photo photo) => new()
    {
        Caption = photo.Caption,
        AltText = photo.AltText,
        Credit = photo.Credit,
        Source = photo.Source,
        Keywords = string.Join(", ", photo.KeywordList),
        LicenceExpiresAt = photo.LicenceExpiresAt?.ToString(TimeFormat, CultureInfo.InvariantCulture),
        FocalX = photo.FocalX.ToString("0.###", CultureInfo.InvariantCulture),
        FocalY = photo.FocalY.ToString("0.###", CultureInfo.InvariantCulture),
    };

    /// <summary>The metadata to save; a value that cannot be read is refused naming its field.</summary>
    public PhotoMetadata ToMetadata(string createdBy) => new()
    {
        Caption = Caption,
        AltText = AltText,
        Credit = Credit,
        Source = Source,
        Keywords = [.. (Keywords ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        LicenceExpiresAt = Time(LicenceExpiresAt),
        FocalX = Fraction(FocalX, "focal point x"),
        FocalY = Fraction(FocalY, "focal point y"),
        CreatedBy = createdBy,
    };

    private static DateTime? Time(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? DateTime.SpecifyKind(time, DateTimeKind.Utc)
            : throw new ContentValidationException($"licence expiry: '{text}' is not a date and time (use YYYY-MM-DDTHH:MM, UTC)");
    }

    private static double Fraction(string? text, string field) =>
        string.IsNullOrWhiteSpace(text) ? 0.5
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value
        : throw new ContentValidationException($"{field}: '{text}' is not a number between 0 and 1");
}
