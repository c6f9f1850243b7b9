using Marquee.Content;
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
    public static async Task<IActionResult> OfAsync(PageModel page, StoryBodies bodies, string? markdown)
    {
        string html;
        try
        {
            html = BodyRenderer.ToHtml(markdown ?? "");
        }
        catch (ContentValidationException refused)
        {
            // What a save would refuse, said where the preview would be.
            return new UnprocessableEntityObjectResult(refused.Message);
        }

        return page.Partial("/Content/Body/_StoryBody.cshtml", await bodies.ReadAsync(html, page.HttpContext.RequestAborted));
    }
}
