using Marquee.Media.Photos;
using Marquee.Platform.Jobs;

namespace Marquee.Content.Photos;

/// <summary>
/// Takes a photo off public pages the moment its licence ends: at that time it clears the copies in the
/// articles using it and evicts every page showing it, cached ones included, on every node and CDN, in one
/// committed change. Runs on one node at a time; after downtime it catches up on every licence that ended meanwhile.
/// </summary>
public sealed class PhotoLicenceExpiry(IServiceScopeFactory scopes, TimeProvider clock, ILogger<PhotoLicenceExpiry> logger)
    : LeasedJob(scopes, clock, logger)
{
    public const string JobName = "photo-licence-expiry";

    protected override string Name => JobName;

    protected override async Task<bool> RunAsync(IServiceProvider services, DateTime after, DateTime upTo, CancellationToken cancellationToken)
    {
        var expired = await services.GetRequiredService<PhotoQueries>().ExpiredBetweenAsync(after, upTo, cancellationToken);
        if (expired.Count == 0)
        {
            return false;
        }

        await services.GetRequiredService<ContentTransaction>().RunAsync(
            async (scope, token) =>
            {
                var copies = scope.GetRequiredService<ArticlePhotoCopies>();
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
