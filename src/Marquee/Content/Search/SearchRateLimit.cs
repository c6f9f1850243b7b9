using Marquee.Platform.Http;
using Microsoft.Extensions.Options;

namespace Marquee.Content.Search;

/// <summary>
/// A budget of searches per client address per minute, spent only by searches the page cache did not answer (the page's
/// handler runs only then): bots spamming the search box cost the database little before they are turned away.
/// </summary>
public sealed class SearchRateLimit(IOptions<SearchOptions> options) : IDisposable
{
    private readonly AddressLimit? _limit = options.Value.UncachedSearchesPerMinute is > 0 and var perMinute ? new(perMinute, TimeSpan.FromMinutes(1)) : null;

    /// <summary>Null when the client may search now; otherwise how long it must wait.</summary>
    public TimeSpan? WaitFor(HttpContext context) => _limit?.WaitFor(context);

    public void Dispose() => _limit?.Dispose();
}
