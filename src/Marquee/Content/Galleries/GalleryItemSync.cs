using Marquee.Storage;

namespace Marquee.Content.Galleries;

/// <summary>Brings a gallery's stored items to the written order, captions and cover, and says what either side holds in comparable form.</summary>
internal static class GalleryItemSync
{
    public static void Apply(List<GalleryItem> items, IReadOnlyList<GalleryItemInput> written)
    {
        OrderedLinks.Sync(items, written.Select(i => i.PhotoId).ToList(), i => i.PhotoId, id => new GalleryItem { PhotoId = id }, (item, position) =>
        {
            var input = written[position];
            item.Position = position;
            item.Caption = Clean(input.Caption);
            item.IsCover = input.IsCover;
        });
    }

    /// <summary>Equal for a stored gallery and an input that would store the same items: then there is nothing to save.</summary>
    public static string Fingerprint(IEnumerable<GalleryItem> stored) =>
        Fingerprint(stored.OrderBy(i => i.Position).Select(i => new GalleryItemInput(i.PhotoId, i.Caption, i.IsCover)));

    public static string Fingerprint(IEnumerable<GalleryItemInput> items) =>
        string.Join('\u001e', items.Select(i => $"{i.PhotoId}\u001f{(i.IsCover ? 1 : 0)}\u001f{Clean(i.Caption)}"));

    /// <summary>A caption as stored: trimmed, blank as none, without NUL characters (PostgreSQL refuses them).</summary>
    private static string? Clean(string? caption) => string.IsNullOrWhiteSpace(caption) ? null : StoredValues.Text(caption.Trim());
}
