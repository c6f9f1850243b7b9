using Marquee.Content;
using Marquee.Readers.Sessions;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marquee.Readers.Account;

/// <summary>
/// What the reader's own pages share: they are personal (never kept by a browser, proxy or CDN), they show a
/// refusal (nothing changed) or a notice, and they know the signed-in reader, if any.
/// </summary>
public abstract class ReaderPageModel : PageModel
{
    public const string CacheControl = "private, no-store";

    public string? Error { get; private set; }

    public string? Notice { get; protected set; }

    public SignedInReader? Reader { get; private set; }

    [NonHandler]
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        Response.OnStarting(() =>
        {
            Response.Headers.CacheControl = CacheControl;
            return Task.CompletedTask;
        });
        ViewData[PageMeta.Key] = new PageMeta(Title, null, Request.Path);
        Reader = await ReaderAuthentication.CurrentAsync(HttpContext);
        await next();
    }

    protected abstract string Title { get; }

    /// <summary>A refusal beside the form, the page as it was, with the status that says why.</summary>
    protected PageResult Refuse(string message, int status = StatusCodes.Status422UnprocessableEntity)
    {
        Error = message;
        Response.StatusCode = status;
        return Page();
    }
}
