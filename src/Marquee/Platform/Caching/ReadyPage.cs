using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Marquee.Platform.Caching;

/// <summary>
/// A public response ready to send from memory in one content coding: the headers its render sent, prebuilt, and its body.
/// A hit copies the headers and writes the bytes; nothing else is worked out per request.
/// </summary>
public sealed class ReadyPage(KeyValuePair<string, StringValues>[] headers, byte[] body, DateTimeOffset storedAt, RouteEndpoint endpoint, Type? gate)
{
    /// <summary>What a 304 repeats of the page (RFC 9110 §15.4.5), as the output cache sends it, and the headers every answer carries.</summary>
    private static readonly string[] NotModifiedNames =
        [HeaderNames.CacheControl, HeaderNames.ContentLocation, HeaderNames.ETag, HeaderNames.Expires, HeaderNames.Vary, .. Http.SecurityHeaders.Names];

    public KeyValuePair<string, StringValues>[] Headers { get; } = headers;

    public KeyValuePair<string, StringValues>[] NotModifiedHeaders { get; } =
        [.. headers.Where(header => NotModifiedNames.Contains(header.Key, StringComparer.OrdinalIgnoreCase))];

    public byte[] Body { get; } = body;

    /// <summary>When the page cache stored the answer: a hit says its Age, as the output cache's hits do.</summary>
    public DateTimeOffset StoredAt { get; } = storedAt;

    public EntityTagHeaderValue ETag { get; } = EntityTagHeaderValue.Parse(headers.Single(h => h.Key.Equals(HeaderNames.ETag, StringComparison.OrdinalIgnoreCase)).Value.ToString());

    /// <summary>The route it answers, for the request metrics a hit counts in.</summary>
    public RouteEndpoint Endpoint { get; } = endpoint;

    /// <summary>The page's <see cref="ICacheLookupGate"/>, asked on every hit as the output cache asks it.</summary>
    public Type? Gate { get; } = gate;

    /// <summary>Roughly what it holds in memory.</summary>
    public long Bytes => Body.Length + Headers.Sum(h => 2L * (h.Key.Length + h.Value.ToString().Length));

    /// <summary>Whether an If-None-Match names this page (weak comparison, as for GET), or is "*".</summary>
    public bool IsMatchedBy(StringValues ifNoneMatch) =>
        !StringValues.IsNullOrEmpty(ifNoneMatch)
        && ((ifNoneMatch.Count == 1 && ifNoneMatch[0] == EntityTagHeaderValue.Any.Tag.Value)
            || (EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags) && tags.Any(tag => tag.Compare(ETag, useStrongComparison: false))));
}
