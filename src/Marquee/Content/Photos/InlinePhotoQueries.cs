using Marquee.Content.Body;
using Marquee.Media.Photos;
using Marquee.Platform.Caching;

namespace Marquee.Content.Photos;

/// <summary>What the photos embedded in rendered bodies show now; no query when they embed none.</summary>
public sealed class InlinePhotoQueries(PhotoQueries photos, TimeProvider clock)
{
    public Task<InlinePhotosFound> FindAsync(string bodyHtml, CancellationToken cancellationToken) => FindAsync([bodyHtml], cancellationToken);

    /// <summary>For several bodies at once (a feed, a page of the Content API), in one query.</summary>
    public async Task<InlinePhotosFound> FindAsync(IEnumerable<string> bodiesHtml, CancellationToken cancellationToken)
    {
        var ids = PhotoEmbeds.IdsIn(bodiesHtml);
        if (ids.Count == 0)
        {
            return InlinePhotosFound.None;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var found = await photos.FindManyAsync(ids, cancellationToken);
        var shown = found.Values.Where(p => p.IsUsableAt(now) && p.RenditionsMadeAt is not null).ToDictionary(p => p.Id);
        return new InlinePhotosFound(shown, [.. ids.Select(CacheTags.Photo)]);
    }
}
