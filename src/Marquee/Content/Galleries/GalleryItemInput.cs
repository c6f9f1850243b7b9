namespace Marquee.Content.Galleries;

/// <summary>A gallery photo as a writer hands it over (in order): the library photo, an optional caption override, whether it is the cover.</summary>
public sealed record GalleryItemInput(long PhotoId, string? Caption = null, bool IsCover = false);
