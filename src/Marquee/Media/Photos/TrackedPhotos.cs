using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Media.Photos;

/// <summary>A library photo loaded to be changed or removed inside the caller's transaction (the newsroom's edits).</summary>
public sealed class TrackedPhotos(MarqueeDbContext db)
{
    public Task<Photo?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.Photos.AsTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>Deletes the row when the transaction saves; the files are the caller's to remove after it commits.</summary>
    public void Remove(Photo photo) => db.Photos.Remove(photo);
}
