using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Marquee.Readers.Sessions;

/// <summary>
/// The reader scheme: the reader cookie, looked up in reader_sessions. Nothing names it by default and no newsroom
/// policy names it, so public pages never authenticate and a reader's cookie never opens /newsroom.
/// </summary>
public sealed class ReaderAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ReaderSessions sessions)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Reader";

    public const string SessionClaim = "marquee:reader-session";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (ReaderCookie.Read(Request) is not { Length: > 0 } key)
        {
            return AuthenticateResult.NoResult();
        }

        if (await sessions.FindAsync(key, Context.RequestAborted) is not { } reader)
        {
            return AuthenticateResult.Fail("The reader session has ended.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, reader.ReaderId.ToString(CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Email, reader.Email),
                new Claim(ClaimTypes.Name, reader.DisplayName),
                new Claim(SessionClaim, reader.SessionId),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <summary>The signed-in reader of this request, or null: each caller asks the scheme by name.</summary>
    public static async Task<SignedInReader?> CurrentAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(SchemeName);
        if (!result.Succeeded)
        {
            return null;
        }

        var principal = result.Principal;
        return new SignedInReader(
            long.Parse(principal.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture),
            principal.FindFirstValue(ClaimTypes.Email)!,
            principal.FindFirstValue(ClaimTypes.Name)!,
            principal.FindFirstValue(SessionClaim)!);
    }
}
