namespace Marquee.Import.Wxr;

/// <summary>
/// The galleries of one post as Marquee galleries: each <c>[gallery]</c> or gallery block whose photos go into the media
/// library becomes a gallery of its own (<c>/photos/{post}-photos</c>), embedded where it stood by a
/// <c>{{gallery slug}}</c> line. One whose attachments are none of the file's photos is left to <see cref="WxrShortcodes"/>.
/// </summary>
internal sealed class WxrGalleries(IReadOnlySet<string> photoIds, string postSlug, Func<string, string> uniqueSlug)
{
    private readonly List<WxrGallery> _found = [];

    public IReadOnlyList<WxrGallery> Found => _found;

    /// <summary>The embed line for a gallery of these attachments, in order, or null when none of them is a photo the library takes.</summary>
    public string? Embed(IEnumerable<string> attachmentIds, string? caption)
    {
        var photos = attachmentIds.Where(photoIds.Contains).Distinct().ToList();
        if (photos.Count == 0)
        {
            return null;
        }

        var name = _found.Count == 0 ? $"{postSlug}-photos" : $"{postSlug}-photos-{_found.Count + 1}";
        var gallery = new WxrGallery(uniqueSlug(name), photos, caption);
        _found.Add(gallery);
        // Blank lines around it: the embed is a paragraph of its own, never a line inside the HTML around it.
        return $"\n\n{{{{gallery {gallery.Slug}}}}}\n\n";
    }
}

/// <summary>A gallery found in a post: its slug, its attachments in order, and the caption WordPress showed under it.</summary>
internal sealed record WxrGallery(string Slug, IReadOnlyList<string> AttachmentIds, string? Caption);
