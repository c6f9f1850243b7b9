using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marquee.Distribution.GhostContentApi;

/// <summary>Writing JSON the way Ghost's Content API does: its timestamp format, its error envelope.</summary>
public static class GhostJson
{
    // Served as application/json, never inlined into HTML, so only JSON itself needs escaping: text stays readable.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Ghost's timestamps: milliseconds and an explicit +00:00 offset.</summary>
    public static string Date(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+00:00'", CultureInfo.InvariantCulture);

    /// <summary>Ghost's social-card overrides: Marquee derives cards from the story itself, so they are always null.</summary>
    public static readonly string[] SocialCardOverrides = ["og_image", "og_title", "og_description", "twitter_image", "twitter_title", "twitter_description"];

    /// <summary>Properties Ghost has and Marquee has no notion of: present, as front ends expect, and null.</summary>
    public static JsonObject WithNulls(this JsonObject json, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            json[name] = null;
        }

        return json;
    }

    public static string? Date(DateTime? utc) => utc is { } value ? Date(value) : null;

    /// <summary>A body as Ghost sends it: application/json in UTF-8, with the given status.</summary>
    public static ContentHttpResult Answer(JsonNode body, int status = StatusCodes.Status200OK) =>
        TypedResults.Text(body.ToJsonString(Options), "application/json; charset=utf-8", statusCode: status);

    public static ContentHttpResult Error(GhostApiException error) =>
        Answer(
            new JsonObject
            {
                ["errors"] = new JsonArray(new JsonObject
                {
                    ["message"] = error.Message,
                    ["context"] = error.Context,
                    ["type"] = error.Type,
                    ["details"] = null,
                    ["property"] = null,
                    ["help"] = null,
                    ["code"] = error.Code,
                    ["id"] = Guid.NewGuid().ToString(),
                    ["ghostErrorCode"] = null,
                }),
            },
            error.Status);
}
