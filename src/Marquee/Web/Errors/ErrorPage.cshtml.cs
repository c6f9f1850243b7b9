using Marquee.Web.Layout;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marquee.Web.Errors;

/// <summary>The friendly page behind every error status; the status code itself is kept.</summary>
public sealed class ErrorPage : PageModel
{
    public string Heading { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public void OnGet(int code)
    {
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            // Asked for directly rather than re-executed: still answer with the status it describes.
            Response.StatusCode = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        }

        (Heading, Explanation) = code switch
        {
            StatusCodes.Status404NotFound => ("Page not found", "We couldn't find that page. It may have moved, or the address may be mistyped."),
            StatusCodes.Status403Forbidden => ("Not allowed", "Your newsroom role does not include this. Ask an administrator if you need it."),
            StatusCodes.Status410Gone => ("This story is no longer available", "It has been taken down by the newsroom."),
            >= 500 => ("Something went wrong", "We're having trouble showing this page. Please try again in a moment."),
            _ => ("That didn't work", "The request could not be completed."),
        };
        ViewData[PageMeta.Key] = new PageMeta(Heading, Explanation, "/");
    }
}
