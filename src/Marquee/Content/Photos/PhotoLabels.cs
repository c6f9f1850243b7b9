using Marquee.Media.Photos;

namespace Marquee.Content.Photos;

/// <summary>How a refusal names a library photo: its number, and the start of its caption when it has one.</summary>
public static class PhotoLabels
{
    public static string Of(Photo photo) =>
        photo.Caption is { Length: > 0 } caption ? $"photo {photo.Id} (\"{(caption.Length > 60 ? caption[..60] + "…" : caption)}\")" : $"photo {photo.Id}";
}
