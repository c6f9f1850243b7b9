using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace Marquee.Platform.Caching;

/// <summary>
/// Purges what changed from the CDN by surrogate key — the same tags the pages carry in their
/// Surrogate-Key header. One POST carries them the two ways CDNs take them: a Surrogate-Key header
/// (Fastly-style) and a JSON body {"tags": [...]} (Cloudflare-style).
/// </summary>
public sealed class CdnPurger(CdnPurgeQueue queue, IHttpClientFactory clients, IOptions<CdnOptions> options, ILogger<CdnPurger> logger)
    : CommittedChangeDrain<CdnPurgeQueue>(queue, logger)
{
    public const string ClientName = "cdn-purge";

    protected override string Destination => options.Value.PurgeUrl;

    protected override async Task SendAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        var cdn = options.Value;
        var keys = tags.Order(StringComparer.Ordinal).ToList();
        using var request = new HttpRequestMessage(HttpMethod.Post, cdn.PurgeUrl) { Content = JsonContent.Create(new { tags = keys }) };
        request.Headers.Add(PublicResponseHeaders.SurrogateKey, string.Join(' ', keys));
        if (cdn.PurgeAuthorization.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Authorization", cdn.PurgeAuthorization);
        }

        using var response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogWarning("The CDN purge endpoint {Url} answered {Status} for {Count} keys", cdn.PurgeUrl, (int)response.StatusCode, keys.Count);
        }
    }
}
