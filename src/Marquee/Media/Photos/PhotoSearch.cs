namespace Marquee.Media.Photos;

/// <summary>
/// The media library's filters. "Unused" waits for articles to reference photos (a later step of
/// issue 3), so it is not here yet.
/// </summary>
public sealed record PhotoSearch
{
    /// <summary>Words found in the caption, credit or keywords (case-insensitive); empty = every photo.</summary>
    public string Text { get; init; } = "";

    public bool OnlyExpired { get; init; }

    public bool OnlyMissingAlt { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 50;
}
