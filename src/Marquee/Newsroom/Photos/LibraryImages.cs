using Marquee.Media.Photos;
using Marquee.Media.Renditions;

namespace Marquee.Newsroom.Photos;

/// <summary>The renditions the newsroom shows a photo with: a square thumbnail in grids and pickers, the whole photo on its page.</summary>
public static class LibraryImages
{
    public static string Thumbnail(Photo photo) => RenditionPlan.For(photo, PhotoShape.Square, RenditionFormat.Jpeg)[0].Url;

    /// <summary>The whole photo, for choosing the focal point: its proportions are what the point is a fraction of.</summary>
    public static Rendition Whole(Photo photo)
    {
        var jpegs = RenditionPlan.For(photo, PhotoShape.Original, RenditionFormat.Jpeg);
        return jpegs.LastOrDefault(r => r.Width <= 960) ?? jpegs[0];
    }
}
