using System.Diagnostics.CodeAnalysis;
using Marquee.Platform.Caching;
using Marquee.Platform.Origin;
using Microsoft.Extensions.Options;

namespace Marquee.Distribution.WebSub;

/// <summary>
/// Tells the hub which feeds changed (WebSub §7: hub.mode=publish with one hub.url per feed), in the
/// background: a slow or broken hub is logged and never fails or delays a save. Change sets waiting
/// together go out as one request.
/// </summary>
public sealed class WebSubPublisher(
    WebSubQueue queue,
    IServiceScopeFactory scopes,
    IHttpClientFactory clients,
    IOptions<WebSubOptions> options,
    SiteOrigin origin,
    ILogger<WebSubPublisher> logger) : CommittedChangeDrain<WebSubQueue>(queue, logger)
{
    public const string ClientName = "websub";

    private bool _warnedAboutBaseUrl;

    protected override string Destination => $"the WebSub hub {options.Value.HubUrl}";

    protected override async Task SendAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        var (hub, baseUrl) = (options.Value.HubUrl, origin.Configured);
        if (hub is null || !HasBaseUrl(baseUrl))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var feeds = await scope.ServiceProvider.GetRequiredService<WebSubTopics>().FeedUrlsAsync(tags, baseUrl, cancellationToken);
        if (feeds.Count == 0)
        {
            return;
        }

        var form = feeds.Select(url => KeyValuePair.Create("hub.url", url)).Prepend(KeyValuePair.Create("hub.mode", "publish"));
        using var response = await clients.CreateClient(ClientName).PostAsync(new Uri(hub), new FormUrlEncodedContent(form), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogWarning("The WebSub hub {Hub} answered {Status} to a publish ping for {Count} feeds", hub, (int)response.StatusCode, feeds.Count);
        }
    }

    /// <summary>A hub needs the feeds' absolute URLs, and a background ping has no request to take the host from.</summary>
    private bool HasBaseUrl([NotNullWhen(true)] string? baseUrl)
    {
        if (baseUrl is null && !_warnedAboutBaseUrl)
        {
            _warnedAboutBaseUrl = true;
            logger.LogWarning("Marquee:WebSub:Hub is set but Marquee:Site:BaseUrl is empty: the hub is not pinged");
        }

        return baseUrl is not null;
    }
}
