using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Media.Photos;

/// <summary>How other desks and the media library read photos.</summary>
public sealed class PhotoQueries(MarqueeDbContext db, IPhotoUsages usages, TimeProvider clock)
{
    public Task<Photo?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.Photos.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>Every photo, for another desk's query to join in the same statement (an article's library photo).</summary>
    public IQueryable<Photo> All() => db.Photos;

    /// <summary>Several photos by id, in one query (those that exist).</summary>
    public async Task<IReadOnlyDictionary<long, Photo>> FindManyAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken) =>
        ids.Count == 0 ? new Dictionary<long, Photo>() : await db.Photos.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);

    /// <summary>Newest first; search words must all appear in the caption, credit or keywords.</summary>
    public async Task<IReadOnlyList<Photo>> SearchAsync(PhotoSearch search, CancellationToken cancellationToken) =>
        (await ListAsync(search, cancellationToken)).Photos;

    /// <summary>One page of <see cref="SearchAsync"/>, saying whether there is a next.</summary>
    public async Task<PhotoResults> ListAsync(PhotoSearch search, CancellationToken cancellationToken)
    {
        var page = Math.Max(search.Page, 1);
        var rows = await Filtered(search).OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id)
            .Skip(PageOffset.Of(page, search.PageSize)).Take(search.PageSize + 1)
            .ToListAsync(cancellationToken);
        return new PhotoResults([.. rows.Take(search.PageSize)], page, rows.Count > search.PageSize);
    }

    /// <summary>Photos whose licence ended in (<paramref name="after"/>, now], latest first: what the newsroom is told expired.</summary>
    public async Task<IReadOnlyList<Photo>> ExpiredSinceAsync(DateTime after, int count, CancellationToken cancellationToken) =>
        await ExpiredIn(after, clock.GetUtcNow().UtcDateTime).OrderByDescending(p => p.LicenceExpiresAt).Take(count).ToListAsync(cancellationToken);

    /// <summary>Photos whose licence ended in (<paramref name="after"/>, <paramref name="upTo"/>]: what the licence job takes off public pages.</summary>
    public async Task<IReadOnlyList<Photo>> ExpiredBetweenAsync(DateTime after, DateTime upTo, CancellationToken cancellationToken) =>
        await ExpiredIn(after, upTo).ToListAsync(cancellationToken);

    /// <summary>Every photo whose renditions are still to be made (or retried), i.e. not made nor failed for good: what a starting node resumes.</summary>
    public async Task<IReadOnlyList<long>> PendingRenditionsAsync(CancellationToken cancellationToken) =>
        await db.Photos.Where(p => p.RenditionsMadeAt == null && (p.RenditionFailure == null || p.RenditionsDueAt != null)).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);

    /// <summary>The pending photos due now: retries whose wait is over, and work no node finished in time.</summary>
    public async Task<IReadOnlyList<long>> DueRenditionsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Photos.Where(p => p.RenditionsMadeAt == null && p.RenditionsDueAt <= now).OrderBy(p => p.RenditionsDueAt).Select(p => p.Id).ToListAsync(cancellationToken);
    }

    private IQueryable<Photo> ExpiredIn(DateTime after, DateTime upTo) =>
        db.Photos.Where(p => p.LicenceExpiresAt > after && p.LicenceExpiresAt <= upTo);

    private IQueryable<Photo> Filtered(PhotoSearch search)
    {
        var photos = db.Photos.AsQueryable();
        foreach (var word in search.Text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            photos = photos.Where(p => p.SearchText.Contains(word));
        }

        if (search.OnlyExpired)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            photos = photos.Where(p => p.LicenceExpiresAt != null && p.LicenceExpiresAt <= now);
        }

        if (search.OnlyMissingAlt)
        {
            photos = photos.Where(p => p.AltText == null);
        }

        if (search.OnlyMissingCredit)
        {
            photos = photos.Where(p => p.Credit == null);
        }

        if (search.OnlyUnused)
        {
            var used = usages.UsedPhotoIds();
            photos = photos.Where(p => !used.Contains(p.Id));
        }

        return photos;
    }
}
