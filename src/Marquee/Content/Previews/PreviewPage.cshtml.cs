using Marquee.Content.Articles;
using Marquee.Content.Body;
using Marquee.Content.Galleries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace Marquee.Content.Previews;

/// <summary>
/// An article as it will look, whatever its status, for whoever holds a valid link. Never cached,
/// never indexed, and no Referer leaves it: the token in the URL is the only key.
/// </summary>
public sealed class PreviewPage(PreviewLinks links, ArticleQueries articles, GalleryQueries galleries, StoryBodies bodies) : PageModel
{
    public ArticleDetail Article { get; private set; } = null!;

    public DateTimeOffset Expires { get; private set; }

    public StoryBody Body { get; private set; } = null!;

    /// <summary>A gallery's photos as its page would show them; empty for a story.</summary>
    public IReadOnlyList<GalleryPhoto> Photos { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        Response.Headers[HeaderNames.CacheControl] = "no-store, private";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        var grant = links.Read(token);
        if (grant.IsExpired)
        {
            return StatusCode(StatusCodes.Status410Gone);
        }

        var article = grant.ArticleId is { } id ? await articles.FindByIdAsync(id, cancellationToken) : null;
        if (article is null)
        {
            return NotFound();
        }

        Article = article;
        Expires = grant.Expires!.Value;
        Body = await bodies.ReadAsync(article.BodyHtml, cancellationToken);
        Photos = article.Kind == ArticleKind.Gallery ? await galleries.PhotosAsync(article.Id, cancellationToken) : [];
        ViewData[PageMeta.Key] = new PageMeta($"Preview: {article.Headline}", article.Dek, $"/preview/{token}");
        return Page();
    }
}
