using Marquee.Platform.Http;
using Microsoft.Extensions.Options;

namespace Marquee.Content.Reads;

/// <summary>Reads one client address may add per minute, in this node's memory only: one reader cannot push a story up the rail.</summary>
public sealed class ReadLimit(IOptions<ReadOptions> options) : IDisposable
{
    private readonly AddressLimit _limit = new(options.Value.PerAddressPerMinute, TimeSpan.FromMinutes(1));

    public bool Allows(HttpContext context) => _limit.WaitFor(context) is null;

    public void Dispose() => _limit.Dispose();
}
