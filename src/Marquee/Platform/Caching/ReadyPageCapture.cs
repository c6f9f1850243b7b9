using System.Globalization;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Marquee.Platform.Caching;

/// <summary>
/// Makes the ready pages the <see cref="WarmPath"/> answers from: in front of the output cache, it copies a public page's
/// answer as sent (rendered or from the cache) and, when it is one the cache keeps, stores it in every content coding at once
/// (br, gzip and identity, from the one render, at the levels of decision 0041), so that no hit ever compresses. A change heard while the answer was on its
/// way that touches one of its tags keeps it out.
/// </summary>
internal sealed class ReadyPageCapture(RequestDelegate next, ReadyPages pages, TimeProvider clock)
{
    /// <summary>Larger answers (none of ours) are served by the output cache alone.</summary>
    private const int MaxBytes = 4 * 1024 * 1024;

    /// <summary>Sent per request by the pipeline, never stored: the date, the length, the age in the cache, HSTS (HTTPS only).</summary>
    private static readonly string[] PerRequest =
        [HeaderNames.Date, HeaderNames.ContentLength, HeaderNames.TransferEncoding, HeaderNames.Age, HeaderNames.StrictTransportSecurity,
            HeaderNames.ContentEncoding, HeaderNames.Vary];

    public Task InvokeAsync(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method)
        && !context.Request.Headers.ContainsKey(HeaderNames.Authorization)
        && context.GetEndpoint() is RouteEndpoint endpoint
        && endpoint.Metadata.GetMetadata<PublicPageAttribute>() is { } policy
            ? CaptureAsync(context, endpoint, policy)
            : next(context);

    private async Task CaptureAsync(HttpContext context, RouteEndpoint endpoint, PublicPageAttribute policy)
    {
        var evictionsBefore = pages.Evictions;
        var response = context.Response;
        var original = response.Body;
        var copy = new ResponseCopy(original, MaxBytes);
        response.Body = copy;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        if (copy.Bytes is { } sent && IsKept(response, sent) && ContentCodings.Of(response.Headers.ContentEncoding) is { } coding)
        {
            Keep(context, new ReadyAnswer(endpoint, policy.LookupGate, sent, coding), evictionsBefore);
        }
    }

    /// <summary>What the output cache keeps (PublicPageAttribute, PublicResponseHeaders), whole, with a Vary we know.</summary>
    private static bool IsKept(HttpResponse response, byte[] sent) =>
        response.StatusCode == StatusCodes.Status200OK
        && !response.HttpContext.RequestAborted.IsCancellationRequested
        && (response.ContentLength is null || response.ContentLength == sent.Length)
        && response.Headers.ContainsKey(HeaderNames.ETag)
        && response.Headers.ContainsKey(PublicResponseHeaders.SurrogateKey)
        && !response.Headers.ContainsKey(HeaderNames.SetCookie)
        && !response.Headers.ContainsKey(StaleCopies.Header)
        && response.Headers.Vary.All(vary => HeaderNames.AcceptEncoding.Equals(vary?.Trim(), StringComparison.OrdinalIgnoreCase));

    private void Keep(HttpContext context, ReadyAnswer answer, long evictionsBefore)
    {
        var response = context.Response;
        var tags = response.Headers[PublicResponseHeaders.SurrogateKey].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var age = int.TryParse(response.Headers.Age, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? seconds : 0;
        var storedAt = clock.GetUtcNow() - TimeSpan.FromSeconds(age);
        var expiresAt = storedAt + PublicPageAttribute.Lifetime;
        KeyValuePair<string, StringValues>[] stored = [.. response.Headers.Where(h => !PerRequest.Contains(h.Key, StringComparer.OrdinalIgnoreCase))];
        var identity = ContentCodings.Decode(answer.Sent, answer.Coding);
        var compressed = ContentCodings.IsCompressed(response.ContentType);
        foreach (var coding in ContentCodings.All)
        {
            var page = compressed ? Variant(answer, stored, identity, coding, storedAt) : new ReadyPage(stored, identity, storedAt, answer.Endpoint, answer.Gate);
            pages.Keep(ReadyPages.Key(context.Request, coding), page, tags, expiresAt, evictionsBefore);
        }
    }

    private static ReadyPage Variant(ReadyAnswer answer, KeyValuePair<string, StringValues>[] stored, byte[] identity, ContentCoding coding, DateTimeOffset storedAt)
    {
        // Encoded again even in the coding it went out in: a miss is compressed fast, what is stored at the level chosen for it.
        var body = coding == ContentCoding.Identity ? identity : ContentCodings.Encode(identity, coding);
        KeyValuePair<string, StringValues>[] headers = coding == ContentCoding.Identity
            ? [.. stored, new(HeaderNames.Vary, HeaderNames.AcceptEncoding)]
            : [.. stored, new(HeaderNames.ContentEncoding, ContentCodings.Name(coding)), new(HeaderNames.Vary, HeaderNames.AcceptEncoding)];
        return new ReadyPage(headers, body, storedAt, answer.Endpoint, answer.Gate);
    }

    /// <summary>A public answer as it went out: its route and gate, its bytes and their coding.</summary>
    private sealed record ReadyAnswer(RouteEndpoint Endpoint, Type? Gate, byte[] Sent, ContentCoding Coding);
}
