using System.Text.Json.Nodes;
using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Content.Authors;
using Marquee.Distribution.GhostContentApi.Nql;

namespace Marquee.Distribution.GhostContentApi.Resources;

/// <summary>/authors: as in Ghost, only people with at least one published story.</summary>
public sealed class AuthorsResource(AuthorQueries authors, ArticleQueries articles) : GhostResource<Author>(Shape(articles))
{
    private readonly IQueryable<Article> _published = articles.Published(ArticleFilter.All);

    private static GhostResourceShape<Author> Shape(ArticleQueries articles)
    {
        var published = articles.Published(ArticleFilter.All);
        return new(
            "authors",
            "Author",
            GhostIdKind.Author,
            au => au.Id,
            au => au.Slug,
            new NqlFields<Author>()
                .Id("id", GhostIdKind.Author, au => au.Id)
                .Text("slug", au => au.Slug)
                .Text("name", au => au.Name),
            new GhostOrder<Author>("name asc", au => au.Id)
                .By("name", au => au.Name)
                .By("slug", au => au.Slug)
                .By("count.posts", au => published.Count(a => a.Authors.Any(x => x.AuthorId == au.Id))));
    }

    protected override IQueryable<Author> Visible()
    {
        var published = _published;
        return authors.All().Where(au => published.Any(a => a.Authors.Any(x => x.AuthorId == au.Id)));
    }

    protected override async Task<IReadOnlyList<JsonObject>> ToJsonAsync(IReadOnlyList<Author> items, ContentApiRequest request, CancellationToken cancellationToken)
    {
        var counts = await PostCounts.WhenIncludedAsync(request, _published.SelectMany(a => a.Authors), x => x.AuthorId, items.Select(x => x.Id).ToList(), cancellationToken);
        return items.Select(x => GhostPeople.Author(x, request, counts?.GetValueOrDefault(x.Id))).ToList();
    }
}
