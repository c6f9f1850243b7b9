using System.Globalization;
using Marquee.Content;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marquee.Web.Errors;

/// <summary>
/// The friendly page behind every error status; the status code itself is kept. A failed request is re-executed
/// here in its own method (a POST, a PUT, a TRACE), for which the page has no handler: so it describes itself
/// as its handler is selected, whichever that is, and checks no antiforgery token (it changes nothing). OPTIONS has
/// a handler that does nothing, or Razor Pages would answer a refused OPTIONS with an empty 200.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorPage : PageModel
{
    public string Heading { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public void OnOptions()
    {
    }

    [NonHandler]
    public override void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        var code = int.TryParse(RouteData.Values["code"] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
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
            StatusCodes.Status405MethodNotAllowed => ("That didn't work", "This address does not answer that kind of request."),
            StatusCodes.Status414UriTooLong => ("That address is too long", "Check the link, or start again from the latest news."),
            StatusCodes.Status429TooManyRequests => ("Too many requests", "Wait a moment, then try again."),
            >= 500 => ("Something went wrong", "We're having trouble showing this page. Please try again in a moment."),
            _ => ("That didn't work", "The request could not be completed."),
        };
        // An error answer is no page of ours to point search engines at: a canonical to home told them the missing URL was home.
        ViewData[PageMeta.Key] = new PageMeta(Heading, Explanation, CanonicalPath: null);
    }
}
