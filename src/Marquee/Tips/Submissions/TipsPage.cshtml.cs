using Marquee.Platform.Work;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Marquee.Tips.Submissions;

/// <summary>
/// The tip line's public page. Not output-cached and setting no cookie (so no antiforgery token: there is no session
/// to forge a request in); the form is read straight off the request body, so the framework never buffers it. The
/// plain form is sealed on arrival; /js/tips.js posts one its browser sealed to the Sealed handler (decision 0077).
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class TipsPage(SubmitTip submit, ReceiveSealedTip receive, TipFloodGate floodGate, WorkChallenges work, IOptions<TipsOptions> options) : PageModel
{
    public TipsOptions Options => options.Value;

    /// <summary>The code to show the source; empty when their browser made it and shows it itself.</summary>
    public string? Receipt { get; private set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync() => TakeAsync(async reader => Receipt = await submit.SubmitAsync(reader, HttpContext.RequestAborted));

    public Task<IActionResult> OnPostSealedAsync() => TakeAsync(async reader =>
    {
        await receive.ReceiveAsync(reader, HttpContext.RequestAborted);
        Receipt = "";
    });

    private async Task<IActionResult> TakeAsync(Func<MultipartReader, Task> take)
    {
        try
        {
            await take(Open());
        }
        catch (TipRefusedException refused)
        {
            Error = refused.Message;
            Response.StatusCode = refused.Status;
        }

        return Page();
    }

    private MultipartReader Open()
    {
        if (floodGate.Refusal(HttpContext, work.Accepts(TipsEndpoints.WorkPurpose, Request.Headers[WorkChallenges.Header])) is { } refusal)
        {
            throw new TipRefusedException(StatusCodes.Status429TooManyRequests, refusal);
        }

        if (!MediaTypeHeaderValue.TryParse(Request.ContentType, out var type) || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            throw new TipRefusedException(StatusCodes.Status415UnsupportedMediaType, "Send the form as multipart/form-data, as the page does.");
        }

        if (HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = ((Options.MaxFiles + 1) * Options.MaxFileBytes) + (1024 * 1024);
        }

        return new MultipartReader(boundary, Request.Body);
    }
}
