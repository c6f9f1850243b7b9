using Microsoft.Extensions.Options;

namespace Marquee.Platform.Caching;

/// <summary>Committed changes waiting to be purged from the CDN, when Marquee:Cdn:PurgeUrl is set.</summary>
public sealed class CdnPurgeQueue(IOptions<CdnOptions> options) : CommittedChangeQueue
{
    protected override bool IsWanted => options.Value.PurgeUrl.Length > 0;
}
