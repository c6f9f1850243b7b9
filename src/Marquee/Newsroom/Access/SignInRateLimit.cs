using System.Threading.RateLimiting;
using Marquee.Platform.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Marquee.Newsroom.Access;

/// <summary>
/// Guessing passwords, codes or reset addresses costs a minute per few tries from one address. Only
/// submissions count (a page's GET is free, and so, nearly, is asking for passkey options); lockout after
/// five failures protects each account as well.
/// </summary>
internal static class SignInRateLimit
{
    public const string Policy = "newsroom-sign-in";

    public const string Refusal = "Too many sign-in attempts from your address. Wait a minute, then try again.";

    public static void AddTo(RateLimiterOptions options)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = async (context, cancellationToken) =>
        {
            context.HttpContext.Response.Headers.RetryAfter = "60";
            context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
            await context.HttpContext.Response.WriteAsync(Refusal, cancellationToken);
        };
        options.AddPolicy(Policy, context => !HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetNoLimiter("page")
            : AsksPasskeyOptions(context.Request)
                ? PerAddress(context, "passkey-options", PasskeyOptionsPerAttempt)
                : PerAddress(context, "attempts", 1));
    }

    /// <summary>
    /// The sign-in page asks for passkey options as it loads (autofill): a page view, not a guess, so those
    /// requests have a larger bucket of their own and never spend a person's sign-in attempts.
    /// </summary>
    private const int PasskeyOptionsPerAttempt = 6;

    private static bool AsksPasskeyOptions(HttpRequest request) =>
        string.Equals(request.Query["handler"], "PasskeyOptions", StringComparison.OrdinalIgnoreCase);

    private static RateLimitPartition<string> PerAddress(HttpContext context, string bucket, int permitsPerAttempt) =>
        RateLimitPartition.GetFixedWindowLimiter(
            $"{bucket} {ClientAddress.KeyOf(context.Connection.RemoteIpAddress)}",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permitsPerAttempt * context.RequestServices.GetRequiredService<IOptions<NewsroomOptions>>().Value.SignInAttemptsPerMinute,
                Window = TimeSpan.FromMinutes(1),
            });
}
