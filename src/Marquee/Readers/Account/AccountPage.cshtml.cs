using Marquee.Platform.Origin;
using System.Buffers.Text;
using Marquee.Readers.Accounts;
using Marquee.Readers.Passkeys;
using Marquee.Readers.Sessions;
using Marquee.Readers.SignIn;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Readers.Account;

/// <summary>
/// /account: signing in by passkey (a button, or the address field's autofill), else signing up and in by one form (an
/// e-mailed code proves the address; the account is made then); once signed in, the reader's name, passkeys, sessions,
/// export and deletion.
/// </summary>
public sealed class AccountPage(SignInCodes codes, CodeRequestGate gate, BlockedDomains blocked, ReaderAccounts accounts, ReaderSessions sessions, ReaderPasskeys passkeys, SiteOrigin origin, IEnumerable<IReaderData> parts) : ReaderPageModel
{
    public enum Stage
    {
        AskAddress,
        AskCode,
        Settings,
        AskDeleteCode,
    }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    /// <summary>The proof of work the form's script found (empty without JavaScript).</summary>
    [BindProperty]
    public string? Work { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    /// <summary>The browser's WebAuthn answer, as JSON (passkeys.js fills it).</summary>
    [BindProperty]
    public string? Credential { get; set; }

    [BindProperty]
    public string? PasskeyName { get; set; }

    /// <summary>The credential id (base64url) of the passkey to remove.</summary>
    [BindProperty]
    public string? PasskeyId { get; set; }

    public Stage Showing { get; private set; }

    public IReadOnlyList<ReaderSession> Sessions { get; private set; } = [];

    public IReadOnlyList<ReaderPasskey> Passkeys { get; private set; } = [];

    private const string SignInFirst = "Sign in first: your session has ended.";

    protected override string Title => "Your account";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(Reader is null ? Stage.AskAddress : Stage.Settings, cancellationToken);

    /// <summary>Mails a code. The answer is the same whether or not the address has an account.</summary>
    public async Task<IActionResult> OnPostStartAsync(CancellationToken cancellationToken)
    {
        var (email, problem) = ReaderAddress.Parse(Email);
        if ((problem ?? blocked.Problem(email!)) is { } refusal)
        {
            return Refuse(refusal);
        }

        Email = email;
        if (gate.Refusal(Work) is { } busy)
        {
            return Refuse(busy, StatusCodes.Status429TooManyRequests);
        }

        if (await codes.IssueAsync(email!, CodePurpose.SignIn, ReaderNetwork.KeyOf(HttpContext.Connection.RemoteIpAddress), origin.For(Request), cancellationToken) is { } limited)
        {
            return Refuse(limited, StatusCodes.Status429TooManyRequests);
        }

        Notice = $"We sent a six-digit code and a link to {email}. Type the code below, or open the link.";
        Showing = Stage.AskCode;
        return Page();
    }

    public async Task<IActionResult> OnPostCodeAsync(CancellationToken cancellationToken)
    {
        Showing = Stage.AskCode;
        var (email, problem) = ReaderAddress.Parse(Email);
        if (email is null)
        {
            Showing = Stage.AskAddress;
            return Refuse(problem!);
        }

        var outcome = await codes.RedeemCodeAsync(email, CodePurpose.SignIn, Code, cancellationToken);
        if (outcome.ProvenEmail is null)
        {
            return Refuse(outcome.Refusal!);
        }

        await sessions.StartAsync(await accounts.ForProvenAddressAsync(email, cancellationToken), HttpContext, cancellationToken);
        return Redirect(ReaderPaths.Account);
    }

    /// <summary>Sign-in options naming no account, asked for by the page's script as it loads (the autofill) or by the button.</summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync(CancellationToken cancellationToken) =>
        Content(await passkeys.RequestOptionsAsync(Request, cancellationToken), "application/json");

    public async Task<IActionResult> OnPostPasskeyAsync(CancellationToken cancellationToken)
    {
        var outcome = await passkeys.SignInAsync(Credential, Request, cancellationToken);
        if (outcome.ReaderId is not { } readerId)
        {
            Showing = Stage.AskAddress;
            return Refuse(outcome.Refusal!);
        }

        await sessions.StartAsync(readerId, HttpContext, cancellationToken);
        return Redirect(ReaderPaths.Account);
    }

    public async Task<IActionResult> OnPostPasskeyCreationOptionsAsync(CancellationToken cancellationToken) =>
        Reader is null
            ? new JsonResult(new { error = SignInFirst }) { StatusCode = StatusCodes.Status401Unauthorized }
            : Content(await passkeys.CreationOptionsAsync(Reader, Request, cancellationToken), "application/json");

    public async Task<IActionResult> OnPostAddPasskeyAsync(CancellationToken cancellationToken)
    {
        if (Reader is null)
        {
            return Redirect(ReaderPaths.Account);
        }

        if (await passkeys.AddAsync(Reader.ReaderId, PasskeyName, Credential, Request, cancellationToken) is { } refusal)
        {
            await ShowAsync(Stage.Settings, cancellationToken);
            return Refuse(refusal);
        }

        return Redirect(ReaderPaths.Account);
    }

    public async Task<IActionResult> OnPostRemovePasskeyAsync(CancellationToken cancellationToken)
    {
        if (Reader is null)
        {
            return Redirect(ReaderPaths.Account);
        }

        var credentialId = PasskeyId is not null && Base64Url.IsValid(PasskeyId) ? Base64Url.DecodeFromChars(PasskeyId) : [];
        if (!await passkeys.RemoveAsync(Reader.ReaderId, credentialId, cancellationToken))
        {
            await ShowAsync(Stage.Settings, cancellationToken);
            return Refuse("That passkey is not one of yours, or it was already removed.");
        }

        return Redirect(ReaderPaths.Account);
    }

    public async Task<IActionResult> OnPostNameAsync(CancellationToken cancellationToken)
    {
        if (Reader is null)
        {
            return Redirect(ReaderPaths.Account);
        }

        var (name, problem) = DisplayNames.Parse(DisplayName);
        if (name is null)
        {
            await ShowAsync(Stage.Settings, cancellationToken);
            return Refuse(problem!);
        }

        await accounts.RenameAsync(Reader.ReaderId, name, cancellationToken);
        return Redirect(ReaderPaths.Account);
    }

    public async Task<IActionResult> OnPostSignOutAsync(CancellationToken cancellationToken)
    {
        if (Reader is not null)
        {
            await sessions.EndAsync(Reader.SessionId, cancellationToken);
        }

        ReaderCookie.Delete(Response);
        return Redirect(ReaderPaths.Account);
    }

    public async Task<IActionResult> OnPostSignOutEverywhereAsync(CancellationToken cancellationToken)
    {
        if (Reader is not null)
        {
            await sessions.EndAllAsync(Reader.ReaderId, cancellationToken);
        }

        ReaderCookie.Delete(Response);
        return Redirect(ReaderPaths.Account);
    }

    /// <summary>Deleting asks for a fresh code first: a browser left signed in is not enough.</summary>
    public async Task<IActionResult> OnPostDeleteStartAsync(CancellationToken cancellationToken)
    {
        if (Reader is null)
        {
            return Redirect(ReaderPaths.Account);
        }

        await ShowAsync(Stage.AskDeleteCode, cancellationToken);
        if (await codes.IssueAsync(Reader.Email, CodePurpose.DeleteAccount, ReaderNetwork.KeyOf(HttpContext.Connection.RemoteIpAddress), origin.For(Request), cancellationToken) is { } refusal)
        {
            Showing = Stage.Settings;
            return Refuse(refusal, StatusCodes.Status429TooManyRequests);
        }

        Notice = $"We sent a code to {Reader.Email}. Type it below to delete your account for good.";
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if (Reader is null)
        {
            return Redirect(ReaderPaths.Account);
        }

        var outcome = await codes.RedeemCodeAsync(Reader.Email, CodePurpose.DeleteAccount, Code, cancellationToken);
        if (outcome.ProvenEmail is null)
        {
            await ShowAsync(Stage.AskDeleteCode, cancellationToken);
            return Refuse(outcome.Refusal!);
        }

        foreach (var part in parts)
        {
            await part.ForgetAsync(Reader.Email, cancellationToken);
        }

        await accounts.DeleteAsync(Reader.ReaderId, cancellationToken);
        await codes.ForgetAsync(Reader.Email, cancellationToken);
        ReaderCookie.Delete(Response);
        Notice = "Your account is deleted, with your sessions and everything it held.";
        return await ShowAsync(Stage.AskAddress, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Stage step, CancellationToken cancellationToken)
    {
        Showing = step;
        if (Reader is not null && step is Stage.Settings or Stage.AskDeleteCode)
        {
            Sessions = await sessions.OfAsync(Reader.ReaderId, cancellationToken);
            Passkeys = await passkeys.OfAsync(Reader.ReaderId, cancellationToken);
            DisplayName ??= Reader.DisplayName;
        }

        return Page();
    }
}
