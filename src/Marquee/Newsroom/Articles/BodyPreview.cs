using Marquee.Content.Body;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marquee.Newsroom.Articles;

/// <summary>
/// The editor's live preview: the body as a save would render and sanitise it (the same <see cref="BodyRenderer"/>),
/// its embedded galleries and photos shown as the article page shows them now (the same partial).
/// </summary>
internal static class BodyPreview
{
    public static async Task<IActionResult> OfAsync(PageModel page, StoryBodies bodies, string? markdown) =>
        page.Partial("/Content/Body/_StoryBody.cshtml", await bodies.ReadAsync(BodyRenderer.ToHtml(markdown ?? ""), page.HttpContext.RequestAborted));
}
