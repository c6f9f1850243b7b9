using Marquee.Platform.Caching;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Marquee.Tips.Submissions;

/// <summary>The tip line's page as one render sent it: its headers (the tip line's route profile among them) and its body in every content coding.</summary>
internal sealed class RenderedTipsPage
{
    /// <summary>Sent per request by the pipeline or by the coding chosen, never kept.</summary>
    private static readonly string[] PerRequest =
        [HeaderNames.Date, HeaderNames.ContentLength, HeaderNames.TransferEncoding, HeaderNames.ContentEncoding, HeaderNames.Vary, HeaderNames.StrictTransportSecurity];

    /// <summary>Indexed by <see cref="ContentCoding"/>.</summary>
    private readonly byte[][] _bodies;

    private readonly KeyValuePair<string, StringValues>[][] _headers;

    public RenderedTipsPage(IHeaderDictionary sent, byte[] identity)
    {
        KeyValuePair<string, StringValues>[] kept = [.. sent.Where(h => !PerRequest.Contains(h.Key, StringComparer.OrdinalIgnoreCase))];
        _bodies = [.. ContentCodings.All.Order().Select(coding => coding == ContentCoding.Identity ? identity : ContentCodings.Encode(identity, coding))];
        _headers = [.. ContentCodings.All.Order().Select(coding => coding == ContentCoding.Identity
            ? (KeyValuePair<string, StringValues>[])[.. kept, new(HeaderNames.Vary, HeaderNames.AcceptEncoding)]
            : [.. kept, new(HeaderNames.ContentEncoding, ContentCodings.Name(coding)), new(HeaderNames.Vary, HeaderNames.AcceptEncoding)])];
    }

    public byte[] Body(ContentCoding coding) => _bodies[(int)coding];

    public KeyValuePair<string, StringValues>[] Headers(ContentCoding coding) => _headers[(int)coding];
}
