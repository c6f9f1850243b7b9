using Marquee.Storage;

namespace Marquee.Media.Photos;

/// <summary>Checks metadata before anything is read or stored, and copies it onto a photo in the form every provider stores alike.</summary>
public static class PhotoMetadataRules
{
    private const int MaxKeywords = 30;

    /// <summary>Every problem, each naming its field; empty when the metadata may be saved.</summary>
    public static IReadOnlyList<string> Problems(PhotoMetadata metadata)
    {
        List<string> problems = [];
        TooLong(problems, "caption", metadata.Caption, 2000);
        TooLong(problems, "alt text", metadata.AltText, 1000);
        TooLong(problems, "credit", metadata.Credit, 300);
        TooLong(problems, "source", metadata.Source, 300);
        TooLong(problems, "created by", metadata.CreatedBy, 300);
        if (metadata.Keywords.Count > MaxKeywords)
        {
            problems.Add($"keywords: {metadata.Keywords.Count} given, at most {MaxKeywords}");
        }

        problems.AddRange(metadata.Keywords.Where(k => k.Contains('\n', StringComparison.Ordinal) || k.Trim().Length is 0 or > 60)
            .Select(k => $"keywords: '{k}' must be 1 to 60 characters on one line"));
        OutsideUnit(problems, "focal point x", metadata.FocalX);
        OutsideUnit(problems, "focal point y", metadata.FocalY);
        return problems;
    }

    public static void Apply(PhotoMetadata metadata, Photo photo)
    {
        photo.Caption = Clean(metadata.Caption);
        photo.AltText = Clean(metadata.AltText);
        photo.Credit = Clean(metadata.Credit);
        photo.Source = Clean(metadata.Source);
        photo.Keywords = string.Join('\n', metadata.Keywords.Select(k => StoredValues.Text(k.Trim().ToLowerInvariant())).Distinct());
        photo.SearchText = string.Join('\n', photo.Caption, photo.Credit, photo.Keywords).ToLowerInvariant();
        photo.LicenceExpiresAt = StoredValues.Time(metadata.LicenceExpiresAt);
        photo.FocalX = metadata.FocalX;
        photo.FocalY = metadata.FocalY;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : StoredValues.Text(value.Trim());

    private static void TooLong(List<string> problems, string field, string? value, int limit)
    {
        if (value is { Length: var length } && length > limit)
        {
            problems.Add($"{field}: {length} characters, at most {limit}");
        }
    }

    private static void OutsideUnit(List<string> problems, string field, double value)
    {
        if (!(value is >= 0 and <= 1))
        {
            problems.Add($"{field}: {value} is outside 0..1");
        }
    }
}
