using System.Text.Json.Nodes;
using Marquee.Content;
using Marquee.Content.Authors;
using Marquee.Content.Tags;

namespace Marquee.Distribution.GhostContentApi.Resources;

/// <summary>Ghost's tag and author objects, used by their own resources and inside posts (`include=tags,authors`).</summary>
public static class GhostPeople
{
    public static JsonObject Tag(Tag tag, ContentApiRequest request, int? posts = null)
    {
        var json = new JsonObject
        {
            ["id"] = GhostIds.Of(GhostIdKind.Tag, tag.Id),
            ["name"] = tag.Name,
            ["slug"] = tag.Slug,
            ["description"] = tag.Description,
            ["feature_image"] = null,
            ["visibility"] = "public",
        }
            .WithNulls(GhostJson.SocialCardOverrides)
            .WithNulls(["meta_title", "meta_description", "codeinjection_head", "codeinjection_foot", "canonical_url", "accent_color"]);
        json["url"] = request.Url(TaxonomyPaths.Tag(tag.Slug, tag.Kind));
        return WithCount(json, posts);
    }

    public static JsonObject Author(Author author, ContentApiRequest request, int? posts = null)
    {
        var json = new JsonObject
        {
            ["id"] = GhostIds.Of(GhostIdKind.Author, author.Id),
            ["name"] = author.Name,
            ["slug"] = author.Slug,
            ["profile_image"] = request.ImageUrl(author.PhotoUrl),
            ["cover_image"] = null,
            ["bio"] = author.Bio,
        }
            .WithNulls(["website", "location", "facebook", "twitter", "meta_title", "meta_description"]);
        json["url"] = request.Url(TaxonomyPaths.Author(author.Slug));
        return WithCount(json, posts);
    }

    private static JsonObject WithCount(JsonObject json, int? posts)
    {
        if (posts is { } count)
        {
            json["count"] = new JsonObject { ["posts"] = count };
        }

        return json;
    }
}
