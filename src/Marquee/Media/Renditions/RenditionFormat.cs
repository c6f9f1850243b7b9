namespace Marquee.Media.Renditions;

/// <summary>An encoding every rendition is written in: the file extension and the Content-Type it is served with.</summary>
public sealed record RenditionFormat(string Extension, string ContentType)
{
    public static readonly RenditionFormat Avif = new("avif", "image/avif");

    public static readonly RenditionFormat Webp = new("webp", "image/webp");

    /// <summary>For browsers that read neither AVIF nor WebP.</summary>
    public static readonly RenditionFormat Jpeg = new("jpg", "image/jpeg");

    public static readonly IReadOnlyList<RenditionFormat> All = [Avif, Webp, Jpeg];

    public static RenditionFormat? ForExtension(string extension) => All.FirstOrDefault(f => f.Extension == extension);
}
