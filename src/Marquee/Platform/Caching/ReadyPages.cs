namespace Marquee.Platform.Caching;

/// <summary>
/// This node's public responses ready to send, one per URL (scheme, host, path and whole query) and content coding: what the
/// warm path answers from before routing. Dropped by tag like every cached page; bounded by Marquee:OutputCache:NodeMemoryMegabytes.
/// </summary>
public sealed class ReadyPages(long capacityBytes, TimeProvider clock) : TaggedCopies<ReadyPage>(capacityBytes, clock)
{
    public static string Key(HttpRequest request, ContentCoding coding) =>
        $"{(int)coding}{request.Scheme}://{request.Host.Value}{request.PathBase.Value}{request.Path.Value}{request.QueryString.Value}";

    public void Keep(string key, ReadyPage page, IReadOnlyCollection<string> tags, DateTimeOffset expiresAt, long evictionsBefore) =>
        Keep(key, page, page.Bytes, tags, expiresAt, evictionsBefore);
}
