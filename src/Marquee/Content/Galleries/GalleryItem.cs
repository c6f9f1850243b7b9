using System.Linq.Expressions;
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

    /// <summary>Whether a gallery shows the item at <paramref name="now"/>, for a query: its photo's licence still runs (as <see cref="Photo.IsUsableAt"/>).</summary>
    public static Expression<Func<GalleryItem, bool>> ShownAt(DateTime now) =>
        i => i.Photo.LicenceExpiresAt == null || i.Photo.LicenceExpiresAt > now;
}
