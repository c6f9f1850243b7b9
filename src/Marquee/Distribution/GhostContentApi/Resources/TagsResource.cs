using System.Text.Json.Nodes;
using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Content.Tags;
using Marquee.Distribution.GhostContentApi.Nql;

namespace Marquee.Distribution.GhostContentApi.Resources;

/// <summary>/tags: every tag and section, with `include=count.posts` and `order=count.posts desc` for "popular tags".</summary>
public sealed class TagsResource(TagQueries tags, ArticleQueries articles) : GhostResource<Tag>(Shape(articles))
{
    private readonly IQueryable<Article> _published = articles.Published(ArticleFilter.All);

    private static GhostResourceShape<Tag> Shape(ArticleQueries articles)
    {
        var published = articles.Published(ArticleFilter.All);
        return new(
            "tags",
            "Tag",
            GhostIdKind.Tag,
            t => t.Id,
            t => t.Slug,
            new NqlFields<Tag>()
                .Id("id", GhostIdKind.Tag, t => t.Id)
                .Text("slug", t => t.Slug)
                .Text("name", t => t.Name)
                .Text("visibility", t => "public"),
            new GhostOrder<Tag>("name asc", t => t.Id)
                .By("name", t => t.Name)
                .By("slug", t => t.Slug)
                .By("count.posts", t => published.Count(a => a.Tags.Any(x => x.TagId == t.Id))));
    }

    protected override IQueryable<Tag> Visible() => tags.All();

    protected override async Task<IReadOnlyList<JsonObject>> ToJsonAsync(IReadOnlyList<Tag> items, ContentApiRequest request, CancellationToken cancellationToken)
    {
        var counts = await PostCounts.WhenIncludedAsync(request, _published.SelectMany(a => a.Tags), x => x.TagId, items.Select(x => x.Id).ToList(), cancellationToken);
        return items.Select(x => GhostPeople.Tag(x, request, counts?.GetValueOrDefault(x.Id))).ToList();
    }
}
