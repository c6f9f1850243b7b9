using Marquee.Platform;
using Marquee.Platform.Caching;
using Microsoft.Extensions.Options;

namespace Marquee.Distribution.WebSub;

/// <summary>Committed changes waiting for <see cref="WebSubPublisher"/>, when a hub is configured.</summary>
public sealed class WebSubQueue(IOptions<MarqueeOptions> options) : CommittedChangeQueue
{
    protected override bool IsWanted => options.Value.WebSub.HubUrl is not null;
}
