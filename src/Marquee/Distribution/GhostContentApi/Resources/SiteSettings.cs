using System.Text.Json.Nodes;
using Marquee.Content.StaticPages;
using Marquee.Web.Layout;

namespace Marquee.Distribution.GhostContentApi.Resources;

/// <summary>/settings: the site's name, description and navigation (sections, then footer pages) in Ghost's shape.</summary>
public sealed class SiteSettings(SiteChrome chrome)
{
    public async Task<JsonObject> ReadAsync(ContentApiRequest request, CancellationToken cancellationToken)
    {
        var (sections, footer) = await chrome.NavigationAsync(cancellationToken);
        var settings = new JsonObject
        {
            ["title"] = chrome.Site.Name,
            ["description"] = chrome.Site.Tagline,
            ["lang"] = "en",
            ["locale"] = "en",
            ["timezone"] = "Etc/UTC",
            ["navigation"] = Links(request, sections.Select(s => (s.Name, s.Path)).Prepend(("Latest", "/"))),
            ["secondary_navigation"] = Links(request, footer.Select(p => (p.Name, StaticPage.PathOf(p.Slug)))),
            ["url"] = request.Url("/"),
        }
            .WithNulls(["logo", "icon", "accent_color", "cover_image", "facebook", "twitter", "codeinjection_head", "codeinjection_foot"])
            .WithNulls(["meta_title", "meta_description", "members_support_address"])
            .WithNulls(GhostJson.SocialCardOverrides);
        return new JsonObject { ["settings"] = settings, ["meta"] = new JsonObject() };
    }

    private static JsonArray Links(ContentApiRequest request, IEnumerable<(string Label, string Path)> links) =>
        new([.. links.Select(l => new JsonObject { ["label"] = l.Label, ["url"] = request.Url(l.Path) })]);
}
