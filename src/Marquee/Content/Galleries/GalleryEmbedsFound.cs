namespace Marquee.Content.Galleries;

/// <summary>
/// The cards for a body's embeds (public galleries with a photo to show, by slug), and the cache tags of
/// every gallery it names, public or not: publishing, changing or taking one down evicts the embedding page.
/// </summary>
public sealed record GalleryEmbedsFound(IReadOnlyDictionary<string, GalleryEmbedCard> Cards, IReadOnlyList<string> CacheTags)
{
    public static readonly GalleryEmbedsFound None = new(new Dictionary<string, GalleryEmbedCard>(), []);
}
