using Marquee.Content.Body;
using Marquee.Content.Photos;
using Marquee.Content.Related;
using Marquee.Media.Photos;
using Marquee.Platform.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marquee.Content.Articles;

[PublicPage]
public sealed class ArticlePage(ArticleQueries articles, StoryBodies bodies, LatestRailSnapshot latestRail, RelatedStories related, MoreStoriesSnapshots moreStories, TimeProvider clock) : PageModel
{
    public ArticleDetail Article { get; private set; } = null!;

    /// <summary>The library photo behind the feature image while it may be shown and its renditions are made; else null.</summary>
    public Photo? Photo { get; private set; }

    public IReadOnlyList<ArticleCard> Latest { get; private set; } = [];

    public IReadOnlyList<RelatedStory> Related { get; private set; } = [];

    public StoryBody Body { get; private set; } = null!;

    public MoreStories More { get; private set; } = MoreStories.None;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var article = await articles.FindBySlugAsync(slug, cancellationToken);
        if (article is null)
        {
            var current = await articles.FindRedirectAsync(slug, cancellationToken);
            return current is null ? NotFound() : RedirectPermanent(current);
        }

        if (article.Kind != ArticleKind.Story)
        {
            return RedirectPermanent(article.Path);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (!article.IsPublicAt(now))
        {
            // Taken down: say it is gone for good, so search engines drop it. A draft or a story still to come stays unknown.
            return article.IsTakenDown ? StatusCode(StatusCodes.Status410Gone) : NotFound();
        }

        Article = article;
        if (article is { FeaturePhotoId: { } photoId, Image: not null })
        {
            // Tagged whatever is found, so a licence ending or new metadata evicts this page.
            PageCache.Tag(HttpContext, CacheTags.Photo(photoId));
            // While its renditions are (re)made the page shows the copied URL, the original's proportions, which a remake keeps.
            Photo = article.FeaturePhoto is { } photo && photo.IsUsableAt(now) && photo.RenditionsMadeAt is not null ? photo : null;
        }

        Latest = await latestRail.ExceptAsync(article.Id, articles, cancellationToken);
        Related = await related.OfAsync(article, cancellationToken);
        More = await MoreStories.ForAsync(article, articles, moreStories, cancellationToken);
        Body = await bodies.ReadAsync(article.BodyHtml, cancellationToken);
        var path = article.Path;
        ViewData[PageMeta.Key] = new PageMeta(article.SeoTitle ?? article.Headline, article.SeoDescription ?? article.Dek ?? article.Excerpt, path)
        {
            Article = article,
            PhotoCrops = Photo is { } shown ? ShareCrops.Of(shown) : [],
            Trail = article.Section is { } section
                ? [new Breadcrumb(section.Name, TaxonomyPaths.Section(section.Slug)), new Breadcrumb(article.Headline, path)]
                : [new Breadcrumb(article.Headline, path)],
        };
        PageCache.Tag(HttpContext, ArticleCacheTags.OfCards(Latest)
            .Concat(ArticleCacheTags.Shown(article.Id, article.Authors.Select(x => x.Id), article.Tags.Select(x => x.Id)))
            .Concat(Body.CacheTags)
            .Concat(ArticleCacheTags.Linked(Related.Select(story => story.Id)))
            .Concat(More.PageTags)
            .Append(CacheTags.LatestRail));
        return Page();
    }
}
