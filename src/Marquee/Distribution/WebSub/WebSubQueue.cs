using Marquee.Platform.Caching;
using Microsoft.Extensions.Options;

namespace Marquee.Distribution.WebSub;

/// <summary>Committed changes waiting for <see cref="WebSubPublisher"/>, when a hub is configured.</summary>
public sealed class WebSubQueue(IOptions<WebSubOptions> options) : CommittedChangeQueue
{
    protected override bool IsWanted => options.Value.HubUrl is not null;
}
