using Marquee.Platform.Jobs;
using Marquee.Media.Photos;

namespace Marquee.Content.Photos;

/// <summary>
/// One run of <see cref="PhotoLicenceExpiry"/>: clears the copies of the photos whose licence ended in the articles
/// using them and evicts every page showing them, cached ones included, on every node and CDN, in one committed change.
/// </summary>
public sealed class PhotoLicenceExpiryRun(PhotoQueries photos, ContentTransaction transaction, ArticlePhotoCopies copies, ILogger<PhotoLicenceExpiry> logger) : IJobRun
{
    public async Task<bool> RunAsync(DateTime after, DateTime upTo, CancellationToken cancellationToken)
    {
        var expired = await photos.ExpiredBetweenAsync(after, upTo, cancellationToken);
        if (expired.Count == 0)
        {
            return false;
        }

        await transaction.RunAsync(
            async token =>
            {
                foreach (var photo in expired)
                {
                    await copies.RefreshAsync(photo, token);
                }

                return expired.Count;
            },
            cancellationToken);
        logger.LogInformation("Took {Count} photos with ended licences off public pages, up to {Time:O}", expired.Count, upTo);
        return true;
    }
}
