namespace Marquee.Content.Body;

/// <summary>A rendered body cut at its embeds (galleries and photos), in order, so a page can expand each as it prints.</summary>
public static class BodyParts
{
    public static IReadOnlyList<BodyPart> Of(string bodyHtml)
    {
        var embeds = GalleryEmbeds.Find(bodyHtml).Select(g => (g.Index, g.Length, Part: new BodyPart(null, GallerySlug: g.Slug)))
            .Concat(PhotoEmbeds.Find(bodyHtml).Select(p => (p.Index, p.Length, Part: new BodyPart(null, Photo: p.Embed))))
            .OrderBy(e => e.Index);
        var parts = new List<BodyPart>();
        var at = 0;
        foreach (var (index, length, part) in embeds)
        {
            parts.Add(new BodyPart(bodyHtml[at..index]));
            parts.Add(part);
            at = index + length;
        }

        parts.Add(new BodyPart(bodyHtml[at..]));
        return parts;
    }
}
