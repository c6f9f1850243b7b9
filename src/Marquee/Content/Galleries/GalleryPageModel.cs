using Marquee.Content.Articles;
using Marquee.Content.Photos;
using Marquee.Platform.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marquee.Content.Galleries;

/// <summary>
/// What a gallery's public pages share: finding the gallery (an old slug or a story's slug redirects, taken
/// down is 410), the photos it shows now, and the cache tags of everything on the page — every photo too,
/// since one expiring renumbers the rest.
/// </summary>
[PublicPage]
public abstract class GalleryPageModel(ArticleQueries articles, GalleryQueries galleries, TimeProvider clock) : PageModel
{
    public ArticleDetail Gallery { get; private set; } = null!;

    public IReadOnlyList<GalleryPhoto> Photos { get; private set; } = [];

    /// <summary>Null when the gallery is shown; else the answer instead (redirect, 404, 410). <paramref name="rest"/> follows a redirect.</summary>
    protected async Task<IActionResult?> OpenAsync(string slug, string rest, CancellationToken cancellationToken)
    {
        var article = await articles.FindBySlugAsync(slug, cancellationToken);
        if (article is null)
        {
            var current = await articles.FindRedirectAsync(slug, cancellationToken);
            return current is null ? NotFound() : RedirectPermanent(current.StartsWith(ArticlePaths.GalleryPrefix, StringComparison.Ordinal) ? current + rest : current);
        }

        if (!article.IsPublicAt(clock.GetUtcNow().UtcDateTime))
        {
            return article.IsTakenDown ? StatusCode(StatusCodes.Status410Gone) : NotFound();
        }

        if (article.Kind != ArticleKind.Gallery)
        {
            return RedirectPermanent(article.Path);
        }

        Gallery = article;
        Photos = await galleries.PhotosAsync(article.Id, cancellationToken);
        PageCache.Tag(HttpContext, ArticleCacheTags.Shown(article.Id, article.Authors.Select(x => x.Id), article.Tags.Select(x => x.Id))
            .Concat(Photos.Select(p => CacheTags.Photo(p.Photo.Id))));
        return null;
    }

    /// <summary>The page's head: title, canonical path, the trail, and the gallery for structured data (its image the photo in view).</summary>
    protected void Describe(string title, string path, GalleryPhoto? inView)
    {
        var gallery = Gallery;
        ViewData[PageMeta.Key] = new PageMeta(title, gallery.SeoDescription ?? gallery.Dek ?? gallery.Excerpt, path)
        {
            Article = inView is null ? gallery : gallery with { Image = GalleryImages.Of(inView.Photo, inView.Caption) },
            Gallery = Photos,
            PhotoCrops = (inView ?? Photos.FirstOrDefault(p => p.IsCover) ?? (Photos.Count > 0 ? Photos[0] : null)) is { } shared ? ShareCrops.Of(shared.Photo) : [],
            Trail = gallery.Section is { } section
                ? [new Breadcrumb(section.Name, TaxonomyPaths.Section(section.Slug)), new Breadcrumb(gallery.Headline, gallery.Path)]
                : [new Breadcrumb(gallery.Headline, gallery.Path)],
        };
    }

    /// <summary>Photo <paramref name="number"/>'s own URL (the first is the gallery's).</summary>
    public string PhotoPath(int number) => number == 1 ? Gallery.Path : $"{Gallery.Path}/{number}";

    public string GridPath => $"{Gallery.Path}/all";
}
