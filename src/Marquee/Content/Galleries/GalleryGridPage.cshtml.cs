using Marquee.Content.Articles;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Content.Galleries;

/// <summary>Every photo of a gallery at once, each linking to its own page.</summary>
public sealed class GalleryGridPage(ArticleQueries articles, GalleryQueries galleries, TimeProvider clock) : GalleryPageModel(articles, galleries, clock)
{
    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await OpenAsync(slug, "/all", cancellationToken) is { } answer)
        {
            return answer;
        }

        Describe($"{Gallery.Headline}: all photos", GridPath, Photos.Count == 0 ? null : Photos[0]);
        return Page();
    }
}
