namespace Marquee.Content.Galleries;

/// <summary>
/// The cards for a body's embeds (public galleries with a photo to show, by the slug the body wrote), and the cache
/// tags of every gallery it names, public or not, and of each slug: publishing, changing, renaming or taking one
/// down, or another gallery taking a slug over, evicts the embedding page.
/// </summary>
public sealed record GalleryEmbedsFound(IReadOnlyDictionary<string, GalleryEmbedCard> Cards, IReadOnlyList<string> CacheTags)
{
    public static readonly GalleryEmbedsFound None = new(new Dictionary<string, GalleryEmbedCard>(), []);
}
