using System.Text.Json.Nodes;

namespace Marquee.Distribution.GhostContentApi.Resources;

/// <summary>
/// /tiers and /newsletters in Ghost's shape, so that its client's <c>tiers.browse()</c> and <c>newsletters.browse()</c>
/// work: Marquee has no paid membership, so every reader is on the one free tier, and it sends no Ghost newsletters.
/// </summary>
public static class Memberships
{
    private const long FreeTierId = 1;

    public static Task<JsonObject> TiersAsync(ContentApiRequest request, CancellationToken cancellationToken)
    {
        var free = new JsonObject
        {
            ["id"] = GhostIds.Of(GhostIdKind.Tier, FreeTierId),
            ["name"] = "Free",
            ["description"] = null,
            ["slug"] = "free",
            ["active"] = true,
            ["type"] = "free",
            ["welcome_page_url"] = null,
            ["visibility"] = "public",
            ["trial_days"] = 0,
        }.WithNulls(["created_at", "updated_at", "currency"]);
        foreach (var extra in request.Include.Intersect(["monthly_price", "yearly_price", "benefits"]))
        {
            free[extra] = extra == "benefits" ? new JsonArray() : null;
        }

        return Task.FromResult(Browse(request, "tiers", [free]));
    }

    public static Task<JsonObject> NewslettersAsync(ContentApiRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(Browse(request, "newsletters", []));

    private static JsonObject Browse(ContentApiRequest request, string resource, JsonNode[] items) => new()
    {
        [resource] = new JsonArray([.. items.Skip((request.Page - 1) * request.Limit).Take(request.Limit)]),
        ["meta"] = new JsonObject { ["pagination"] = GhostPagination.Of(request, items.Length) },
    };
}
