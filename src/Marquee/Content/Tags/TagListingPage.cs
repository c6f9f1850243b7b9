using Marquee.Content.Articles;
using Marquee.Platform;
using Marquee.Platform.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Marquee.Content.Tags;

/// <summary>
/// The stories under a tag. Sections are shown at /section/{slug} and every other kind at /tag/{slug};
/// a tag asked for under the other path answers 301 to its own.
/// </summary>
public abstract class TagListingPage(ArticleQueries articles, TagQueries tags, IOptions<SiteOptions> options) : PageModel
{
    public Tag Tag { get; private set; } = null!;

    public ArticleListModel List { get; private set; } = null!;

    protected async Task<IActionResult> ShowAsync(string slug, bool asSection, int page, CancellationToken cancellationToken)
    {
        var tag = await tags.FindBySlugAsync(slug, cancellationToken);
        if (tag is null || !ReaderTags.Shows(tag.Kind))
        {
            return NotFound();
        }

        var link = new TagLink(tag.Id, tag.Slug, tag.Name, tag.Kind);
        if ((tag.Kind == TagKind.Section) != asSection)
        {
            return RedirectPermanent(link.Path);
        }

        var found = await articles.ListAsync(new ArticleFilter(TagId: tag.Id), page, options.Value.PageSize, cancellationToken);
        Tag = tag;
        List = new ArticleListModel(found, link.Path);
        var description = tag.Description ?? $"The latest {tag.Name} news, photos and stories.";
        ViewData[PageMeta.Key] = new PageMeta(page > 1 ? $"{tag.Name}, page {page}" : tag.Name, description, page > 1 ? $"{link.Path}?page={page}" : link.Path, link.Path)
        {
            Trail = [new Breadcrumb(tag.Name, link.Path)],
        };
        PageCache.Tag(HttpContext, ArticleCacheTags.OfCards(found.Items).Append(CacheTags.Tag(tag.Id)));
        return Page();
    }
}
