namespace Marquee.Media.Photos;

/// <summary>The media library's search and filters; every filter given must hold.</summary>
public sealed record PhotoSearch
{
    /// <summary>Words found in the caption, credit or keywords (case-insensitive); empty = every photo.</summary>
    public string Text { get; init; } = "";

    public bool OnlyExpired { get; init; }

    public bool OnlyMissingAlt { get; init; }

    public bool OnlyMissingCredit { get; init; }

    /// <summary>Photos no article uses: candidates for deletion.</summary>
    public bool OnlyUnused { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 50;
}
