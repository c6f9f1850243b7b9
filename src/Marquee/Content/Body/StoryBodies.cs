using Marquee.Content.Galleries;
using Marquee.Content.Photos;

namespace Marquee.Content.Body;

/// <summary>Reads what a rendered body's embeds show now, for the article page, previews and the editor's live preview alike.</summary>
public sealed class StoryBodies(GalleryQueries galleries, InlinePhotoQueries photos)
{
    public async Task<StoryBody> ReadAsync(string bodyHtml, CancellationToken cancellationToken) =>
        new(bodyHtml, await galleries.EmbedsAsync(bodyHtml, cancellationToken), await photos.FindAsync(bodyHtml, cancellationToken));
}
