using Marquee.Platform.Http;
using Marquee.Platform.Work;
using Marquee.Readers.Accounts;
using Marquee.Readers.Passkeys;
using Marquee.Readers.Sessions;
using Marquee.Readers.SignIn;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marquee.Readers.Account;

/// <summary>
/// The reader's JSON: GET /me, what the masthead's account slot shows (decision 0070), and GET /account/export,
/// everything the account holds. Both personal: never stored by anyone.
/// </summary>
public static class ReaderEndpoints
{
    public static void MapReaderEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGetAndHead(ReaderPaths.Me, (Delegate)MeAsync);
        app.MapGetAndHead(ReaderPaths.Export, ExportAsync);
        app.MapWorkChallenge(ReaderPaths.Work, CodeRequestGate.WorkPurpose);
    }

    private static async Task<Ok<MeAnswer>> MeAsync(HttpContext context)
    {
        context.Response.Headers.CacheControl = ReaderPageModel.CacheControl;
        var reader = await ReaderAuthentication.CurrentAsync(context);
        if (reader is null && ReaderCookie.Read(context.Request) is not null)
        {
            // The session ended elsewhere (signed out everywhere, deleted): drop the cookie so pages stop asking with it.
            ReaderCookie.Delete(context.Response);
        }

        return TypedResults.Ok(reader is null ? new MeAnswer(false, null) : new MeAnswer(true, reader.DisplayName));
    }

    private static async Task<Results<Ok<ReaderExport>, UnauthorizedHttpResult>> ExportAsync(
        HttpContext context, ReaderAccounts accounts, ReaderSessions sessions, ReaderPasskeys passkeys, IEnumerable<IReaderData> parts, CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = ReaderPageModel.CacheControl;
        if (await ReaderAuthentication.CurrentAsync(context) is not { } signedIn || await accounts.FindAsync(signedIn.ReaderId, cancellationToken) is not { } reader)
        {
            return TypedResults.Unauthorized();
        }

        context.Response.Headers.ContentDisposition = "attachment; filename=\"my-account.json\"";
        var open = await sessions.OfAsync(reader.Id, cancellationToken);
        var keys = await passkeys.OfAsync(reader.Id, cancellationToken);
        var export = new ReaderExport(
            new ExportedProfile(reader.Email, reader.DisplayName, reader.CreatedAt, reader.VerifiedAt),
            [.. keys.Select(p => new ExportedPasskey(p.Name, p.CreatedAt, p.LastUsedAt))],
            [.. open.Select(s => new ExportedSession(s.Device, s.CreatedAt, s.ExpiresAt))]);
        foreach (var part in parts)
        {
            export.Parts[part.Name] = await part.ExportAsync(reader.Email, cancellationToken);
        }

        return TypedResults.Ok(export);
    }

    /// <summary>What /me says: signed in or not, and the name to show. Nothing else, so a leaked answer tells little.</summary>
    public sealed record MeAnswer(bool SignedIn, [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Name);

    public sealed record ReaderExport(ExportedProfile Profile, IReadOnlyList<ExportedPasskey> Passkeys, IReadOnlyList<ExportedSession> Sessions)
    {
        /// <summary>What desks above Readers hold for the address (<see cref="IReaderData"/>), each under its own key.</summary>
        [System.Text.Json.Serialization.JsonExtensionData]
        public Dictionary<string, object> Parts { get; } = [];
    }

    public sealed record ExportedProfile(string Email, string DisplayName, DateTime CreatedAt, DateTime VerifiedAt);

    /// <summary>A passkey as the reader knows it; its public key and id are the site's, not personal data worth exporting.</summary>
    public sealed record ExportedPasskey(string Name, DateTime AddedAt, DateTime? LastUsedAt);

    public sealed record ExportedSession(string Device, DateTime SignedInAt, DateTime ExpiresAt);
}
