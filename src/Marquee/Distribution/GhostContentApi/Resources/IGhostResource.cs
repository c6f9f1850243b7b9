using System.Text.Json.Nodes;

namespace Marquee.Distribution.GhostContentApi.Resources;

/// <summary>One collection of the Content API (posts, pages, tags, authors): browse it or read one item.</summary>
public interface IGhostResource
{
    /// <summary>The plural name in the URL and the response envelope.</summary>
    string Name { get; }

    Task<JsonObject> BrowseAsync(ContentApiRequest request, CancellationToken cancellationToken);

    /// <summary>The item the request's lookup names (Ghost id or slug), in the browse envelope without meta; 404 when it is not public.</summary>
    Task<JsonObject> ReadAsync(ContentApiRequest request, CancellationToken cancellationToken);
}

/// <summary>How a read names its item: /posts/{id}/ or /posts/slug/{slug}/.</summary>
public sealed record GhostLookup(string? Id, string? Slug);
