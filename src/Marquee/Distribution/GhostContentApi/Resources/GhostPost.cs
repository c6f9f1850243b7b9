using System.Net;
using System.Text.Json.Nodes;
using Marquee.Content.Articles;

namespace Marquee.Distribution.GhostContentApi.Resources;

/// <summary>What posts and pages have in common, from which both are shaped as Ghost's post object.</summary>
public sealed record GhostPost(
    GhostIdKind Kind,
    long Id,
    string Title,
    string Slug,
    string Html,
    string? CustomExcerpt,
    string? Excerpt,
    FeatureImage? Image,
    bool Featured,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime PublishedAt,
    string? MetaTitle,
    string? MetaDescription,
    string Path)
{
    /// <summary>
    /// Ghost's post object: every property its Content API returns, those Marquee has no notion of as null.
    /// The photo credit travels in the caption, since Ghost has no credit field and the credit must never be lost.
    /// </summary>
    public JsonObject ToJson(ContentApiRequest request)
    {
        var plaintext = GhostPlaintext.FromHtml(Html);
        var json = new JsonObject
        {
            ["id"] = GhostIds.Of(Kind, Id),
            ["uuid"] = GhostIds.Uuid(Kind, Id),
            ["title"] = Title,
            ["slug"] = Slug,
        };
        if (request.Formats.Contains("html"))
        {
            json["html"] = Html;
        }

        if (request.Formats.Contains("plaintext"))
        {
            json["plaintext"] = plaintext;
        }

        json["comment_id"] = GhostIds.Of(Kind, Id);
        json["feature_image"] = request.ImageUrl(Image?.Url);
        json["feature_image_alt"] = Image?.Alt;
        json["feature_image_caption"] = Caption();
        json["featured"] = Featured;
        json["status"] = "published";
        json["visibility"] = "public";
        json["page"] = Kind == GhostIdKind.Page;
        json["created_at"] = GhostJson.Date(CreatedAt);
        json["updated_at"] = GhostJson.Date(UpdatedAt);
        json["published_at"] = GhostJson.Date(PublishedAt);
        json["custom_excerpt"] = CustomExcerpt;
        json.WithNulls(GhostJson.SocialCardOverrides)
            .WithNulls(["codeinjection_head", "codeinjection_foot", "custom_template", "canonical_url", "email_subject", "frontmatter"]);

        json["meta_title"] = MetaTitle;
        json["meta_description"] = MetaDescription;
        json["url"] = request.Url(Path);
        json["excerpt"] = Excerpt ?? CustomExcerpt ?? Truncate(plaintext, 500);
        json["reading_time"] = GhostPlaintext.ReadingMinutes(plaintext);
        json["access"] = true;
        json["comments"] = false;
        return json;
    }

    private string? Caption()
    {
        if (Image is null || (Image.Caption is null && Image.ShownCredit is null))
        {
            return null;
        }

        var caption = WebUtility.HtmlEncode(Image.Caption ?? "");
        return Image.ShownCredit is not { } credit ? caption : $"{caption} <span class=\"credit\">{WebUtility.HtmlEncode(credit)}</span>".TrimStart();
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
