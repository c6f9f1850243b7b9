using Marquee.Content.Articles;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Content.Galleries;

/// <summary>One photo of a gallery at its own URL, with previous and next as plain links (the script adds keys and swipes).</summary>
public sealed class GalleryPage(ArticleQueries articles, GalleryQueries galleries, TimeProvider clock) : GalleryPageModel(articles, galleries, clock)
{
    public int Number { get; private set; }

    public GalleryPhoto? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int? n, CancellationToken cancellationToken)
    {
        var number = n ?? 1;
        if (await OpenAsync(slug, n is null ? "" : $"/{number}", cancellationToken) is { } answer)
        {
            return answer;
        }

        // Photo 1 of an empty gallery is the gallery's page saying so; any other number must be a photo it shows.
        if (number < 1 || (number > Photos.Count && number != 1))
        {
            return NotFound();
        }

        Number = number;
        Current = Photos.Count == 0 ? null : Photos[number - 1];
        var title = number == 1 ? Gallery.SeoTitle ?? Gallery.Headline : $"{Gallery.Headline}: photo {number} of {Photos.Count}";
        Describe(title, PhotoPath(number), Current);
        return Page();
    }
}
