namespace Marquee.Media.Photos;

/// <summary>
/// Where library photos are used. The media desk knows nothing of articles (they sit above it), so the
/// desk that uses photos answers this: Content's PhotoUsages.
/// </summary>
public interface IPhotoUsages
{
    /// <summary>The ids of photos used anywhere, as a query the library's "unused" filter runs inside its own.</summary>
    IQueryable<long> UsedPhotoIds();

    /// <summary>Every use of each photo, by photo id.</summary>
    Task<ILookup<long, PhotoUse>> OfAsync(IReadOnlyCollection<long> photoIds, CancellationToken cancellationToken);
}
