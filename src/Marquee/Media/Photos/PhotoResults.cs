namespace Marquee.Media.Photos;

/// <summary>One page of the library's search, and whether another follows.</summary>
public sealed record PhotoResults(IReadOnlyList<Photo> Photos, int Page, bool HasNext);
