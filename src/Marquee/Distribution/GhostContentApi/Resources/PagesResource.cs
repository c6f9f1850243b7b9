using System.Text.Json.Nodes;
using Marquee.Content.StaticPages;
using Marquee.Distribution.GhostContentApi.Nql;

namespace Marquee.Distribution.GhostContentApi.Resources;

/// <summary>/pages: published static pages (privacy, terms …). They have no authors or tags; asked for, those come back empty.</summary>
public sealed class PagesResource(StaticPageQueries pages) : GhostResource<StaticPage>(Shape)
{
    private static readonly GhostResourceShape<StaticPage> Shape = new(
        "pages",
        "Page",
        GhostIdKind.Page,
        p => p.Id,
        p => p.Slug,
        new NqlFields<StaticPage>()
            .Id("id", GhostIdKind.Page, p => p.Id)
            .Text("slug", p => p.Slug)
            .Text("title", p => p.Title)
            .Date("published_at", p => p.CreatedAt)
            .Date("updated_at", p => p.UpdatedAt),
        new GhostOrder<StaticPage>("title asc", p => p.Id)
            .By("title", p => p.Title)
            .By("slug", p => p.Slug)
            .By("published_at", p => p.CreatedAt)
            .By("updated_at", p => p.UpdatedAt));

    protected override IQueryable<StaticPage> Visible() => pages.Published();

    protected override Task<IReadOnlyList<JsonObject>> ToJsonAsync(IReadOnlyList<StaticPage> items, ContentApiRequest request, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<JsonObject>>(items.Select(p =>
        {
            var json = new GhostPost(GhostIdKind.Page, p.Id, p.Title, p.Slug, p.BodyHtml, null, p.SeoDescription, null, false,
                p.CreatedAt, p.UpdatedAt, p.CreatedAt, null, p.SeoDescription, StaticPage.PathOf(p.Slug)).ToJson(request);
            foreach (var (list, primary) in new[] { ("tags", "primary_tag"), ("authors", "primary_author") }.Where(x => request.Include.Contains(x.Item1)))
            {
                json[list] = new JsonArray();
                json[primary] = null;
            }

            return json;
        }).ToList());
}
