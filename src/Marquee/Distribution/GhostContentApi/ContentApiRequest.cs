using System.Globalization;
using Marquee.Distribution.GhostContentApi.Nql;
using Marquee.Distribution.GhostContentApi.Resources;
using Microsoft.Extensions.Primitives;

namespace Marquee.Distribution.GhostContentApi;

/// <summary>
/// The query parameters Ghost's Content API understands, checked once: limit (capped), page, order,
/// filter (parsed), include, fields and formats. Also knows the site's absolute URL for `url` fields.
/// </summary>
public sealed class ContentApiRequest
{
    public const int DefaultLimit = 15;

    /// <summary>
    /// A limit above this, `all` included, is answered as this, so one request cannot ask for the whole archive:
    /// what Ghost 6 does (TryGhost/Ghost #24118), and front ends page on with `meta.pagination.next`.
    /// </summary>
    public const int MaxLimit = 100;

    private readonly string _siteUrl;

    private ContentApiRequest(string siteUrl) => _siteUrl = siteUrl;

    /// <summary>For a read, the id or slug the URL names.</summary>
    public GhostLookup Lookup { get; private init; } = new(null, null);

    public int Limit { get; private init; } = DefaultLimit;

    public int Page { get; private init; } = 1;

    public string? Order { get; private init; }

    public NqlNode? Filter { get; private init; }

    public IReadOnlySet<string> Include { get; private init; } = new HashSet<string>();

    /// <summary>The properties to return; empty means all of them.</summary>
    public IReadOnlySet<string> Fields { get; private init; } = new HashSet<string>();

    public IReadOnlySet<string> Formats { get; private init; } = new HashSet<string> { "html" };

    public static ContentApiRequest From(HttpRequest http, string resource, string siteUrl)
    {
        var query = http.Query;
        var limit = Single(query, "limit");
        return new ContentApiRequest(siteUrl.TrimEnd('/'))
        {
            Lookup = new GhostLookup(http.RouteValues["id"] as string, http.RouteValues["slug"] as string),
            Limit = string.Equals(limit, "all", StringComparison.OrdinalIgnoreCase) ? MaxLimit : Math.Min(Positive(limit, DefaultLimit, resource, "limit"), MaxLimit),
            Page = Positive(Single(query, "page"), 1, resource, "page"),
            Order = Single(query, "order"),
            Filter = ParseFilter(Single(query, "filter")),
            Include = List(query, "include"),
            Fields = List(query, "fields"),
            Formats = List(query, "formats") is { Count: > 0 } formats ? formats : new HashSet<string> { "html" },
        };
    }

    /// <summary>An absolute URL on the public site, as Ghost's `url` fields are.</summary>
    public string Url(string path) => _siteUrl + path;

    /// <summary>An image URL made absolute when it is one of ours; other sites' URLs pass through.</summary>
    public string? ImageUrl(string? url) => url is not null && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? Url(url) : url;

    private static string? Single(IQueryCollection query, string name)
    {
        StringValues values = query[name];
        return values.Count == 0 ? null : string.Join(',', values.ToArray());
    }

    private static HashSet<string> List(IQueryCollection query, string name) =>
        (Single(query, name) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(v => v.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);

    private static int Positive(string? text, int fallback, string resource, string parameter)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (!text.All(char.IsAsciiDigit) || text.All(c => c == '0'))
        {
            throw GhostApiException.Validation(resource, "isNumeric", parameter);
        }

        // Digits beyond int's range only ask for more than any cap allows.
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : int.MaxValue;
    }

    private static NqlNode? ParseFilter(string? filter)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return null;
        }

        try
        {
            return NqlParser.Parse(filter);
        }
        catch (NqlSyntaxException error)
        {
            throw GhostApiException.BadRequest("Error parsing filter", error.Message);
        }
    }
}
