using Marquee.Platform.Jobs;

namespace Marquee.Content.Photos;

/// <summary>
/// Takes a photo off public pages the moment its licence ends (<see cref="PhotoLicenceExpiryRun"/>). Runs on one
/// node at a time; after downtime it catches up on every licence that ended meanwhile.
/// </summary>
public sealed class PhotoLicenceExpiry(IServiceScopeFactory scopes, TimeProvider clock, ILogger<PhotoLicenceExpiry> logger)
    : LeasedJob<PhotoLicenceExpiryRun>(scopes, clock, logger)
{
    public const string JobName = "photo-licence-expiry";

    protected override string Name => JobName;
}
