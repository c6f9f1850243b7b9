using System.Text.Json.Nodes;

namespace Marquee.Distribution.GhostContentApi;

/// <summary>`meta.pagination` exactly as Ghost returns it; front ends page with its next and prev.</summary>
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
            ["next"] = request.Page < pages ? request.Page + 1 : null,
            ["prev"] = request.Page > 1 ? request.Page - 1 : null,
        };
    }
}
