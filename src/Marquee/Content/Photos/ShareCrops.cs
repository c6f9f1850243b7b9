using Marquee.Media.Photos;
using Marquee.Media.Renditions;

namespace Marquee.Content.Photos;

/// <summary>
/// A story photo as links to it are shown elsewhere: the widest JPEG of its 16:9 and 1:1 crops around the focal point,
/// 16:9 first (social cards take the first; Google's article results ask for several shapes).
/// </summary>
public static class ShareCrops
{
    private static readonly PhotoShape[] Shapes = [PhotoShape.Wide, PhotoShape.Square];

    public static IReadOnlyList<SizedImage> Of(Photo photo) =>
        [.. Shapes.Select(shape => RenditionPlan.For(photo, shape, RenditionFormat.Jpeg)[^1]).Select(r => new SizedImage(r.Url, r.Width, r.Height))];
}
