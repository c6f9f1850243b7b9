using Marquee.Content.Body;
using Marquee.Content.Galleries;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Newsroom.Articles;

/// <summary>
/// The editor's live preview: the body as a save would render and sanitise it (the same <see cref="BodyRenderer"/>),
/// each embedded gallery a link to where it is now, as readers off the site get it.
/// </summary>
internal static class BodyPreview
{
    public static async Task<IActionResult> OfAsync(string? markdown, EmbeddedGalleries embedded, CancellationToken cancellationToken)
    {
        var html = BodyRenderer.ToHtml(markdown ?? "");
        var embeds = await embedded.ResolveAsync(html, cancellationToken);
        return new ContentResult { Content = embeds.AsLinks(html), ContentType = "text/html; charset=utf-8" };
    }
}
