using Marquee.Media.Photos;

namespace Marquee.Content.Galleries;

/// <summary>One photo of a gallery article, in order, with the caption the gallery gives it instead of the photo's own.</summary>
public sealed class GalleryItem
{
    public long ArticleId { get; set; }

    public long PhotoId { get; set; }

    public Photo Photo { get; set; } = null!;

    public int Position { get; set; }

    public string? Caption { get; set; }

    /// <summary>The photo chosen to stand for the gallery on cards; none chosen = the first shown.</summary>
    public bool IsCover { get; set; }
}
