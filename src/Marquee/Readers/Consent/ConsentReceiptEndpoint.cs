using Marquee.Readers.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marquee.Readers.Consent;

/// <summary>
/// POST /account/consent: /js/consent.js sends each decision here; a signed-in reader's is kept as a receipt, anyone
/// else's is dropped, and the answer is the same empty 204 either way, setting no cookie and kept by no cache, so public
/// pages stay the same for everyone. JSON only and same-origin only: a form on another site cannot post it.
/// </summary>
public static class ConsentReceiptEndpoint
{
    public static void MapConsentReceipts(this IEndpointRouteBuilder app) =>
        app.MapPost(ReaderPaths.ConsentReceipt, RecordAsync).DisableAntiforgery();

    private static async Task<Results<NoContent, ProblemHttpResult>> RecordAsync(HttpContext context, ConsentChoices choices, ConsentReceipts receipts, CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (context.Request.Headers["Sec-Fetch-Site"] is [{ } site] && site is not "same-origin")
        {
            return TypedResults.Problem($"A consent decision is sent by this site's own pages, not from a {site} request.", statusCode: StatusCodes.Status403Forbidden);
        }

        if (await ReaderAuthentication.CurrentAsync(context) is not { } reader)
        {
            return TypedResults.NoContent();
        }

        return await receipts.RecordAsync(reader.ReaderId, choices, cancellationToken) is { } refusal
            ? TypedResults.Problem(refusal, statusCode: StatusCodes.Status422UnprocessableEntity)
            : TypedResults.NoContent();
    }
}
