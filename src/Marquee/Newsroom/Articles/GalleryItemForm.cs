namespace Marquee.Newsroom.Articles;

/// <summary>One photo row of the gallery editor as posted: which library photo, and the caption the gallery gives it (blank = the photo's own).</summary>
public sealed class GalleryItemForm
{
    public long PhotoId { get; set; }

    public string? Caption { get; set; }
}
