using Marquee.Content.Galleries;
using Marquee.Content.Photos;

namespace Marquee.Content.Body;

/// <summary>A rendered body with what its embeds show now: the galleries' cards and the photos; and the cache tags of everything they name.</summary>
public sealed record StoryBody(string Html, GalleryEmbedsFound Galleries, InlinePhotosFound Photos)
{
    public IEnumerable<string> CacheTags => Galleries.CacheTags.Concat(Photos.CacheTags);
}
