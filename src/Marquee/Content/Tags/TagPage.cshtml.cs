using Marquee.Content.Articles;
using Marquee.Platform;
using Marquee.Platform.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Marquee.Content.Tags;

[PublicPage]
public sealed class TagPage(ArticleQueries articles, TagQueries tags, IOptions<SiteOptions> options) : TagListingPage(articles, tags, options)
{
    public Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int page = 1, CancellationToken cancellationToken = default) =>
        ShowAsync(slug, asSection: false, page, cancellationToken);
}
