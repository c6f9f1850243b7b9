using Marquee.Content.Articles;
using Marquee.Platform;
using Marquee.Platform.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Marquee.Content.Authors;

[PublicPage]
public sealed class AuthorPage(ArticleQueries articles, AuthorQueries authors, IOptions<SiteOptions> options) : PageModel
{
    public Author Author { get; private set; } = null!;

    public ArticleListModel List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int page = 1, CancellationToken cancellationToken = default)
    {
        var author = await authors.FindBySlugAsync(slug, cancellationToken);
        if (author is null)
        {
            return NotFound();
        }

        var found = await articles.ListAsync(new ArticleFilter(AuthorId: author.Id), page, options.Value.PageSize, cancellationToken);
        var path = TaxonomyPaths.Author(author.Slug);
        Author = author;
        List = new ArticleListModel(found, path);
        ViewData[PageMeta.Key] = new PageMeta(author.Name, author.Bio ?? $"Stories by {author.Name}.", page > 1 ? $"{path}?page={page}" : path, path)
        {
            Trail = [new Breadcrumb(author.Name, path)],
        };
        PageCache.Tag(HttpContext, ArticleCacheTags.OfCards(found.Items).Append(CacheTags.Author(author.Id)));
        return Page();
    }
}
