using System.Text.Json.Nodes;

namespace Marquee.Distribution.GhostContentApi;

/// <summary>
/// `meta.pagination` exactly as Ghost returns it; front ends page with its next and prev. Past the last page Ghost still
/// points both ways (its rule tests only "first" and "last"), and with one page at most neither.
/// </summary>
public static class GhostPagination
{
    public static JsonObject Of(ContentApiRequest request, int total)
    {
        var pages = Math.Max(1, (int)Math.Ceiling(total / (double)request.Limit));
        return new JsonObject
        {
            ["page"] = request.Page,
            ["limit"] = request.Limit,
            ["pages"] = pages,
            ["total"] = total,
            ["next"] = pages > 1 && request.Page != pages ? request.Page + 1 : null,
            ["prev"] = pages > 1 && request.Page != 1 ? request.Page - 1 : null,
        };
    }
}
