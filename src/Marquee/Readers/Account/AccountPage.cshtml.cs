using Marquee.Platform.Origin;
using Marquee.Readers.Accounts;
using Marquee.Readers.Sessions;
using Marquee.Readers.SignIn;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Readers.Account;

/// <summary>
/// /account: signing up and signing in are one form (an e-mailed code proves the address; the account is made then),
/// and once signed in, the reader's name, sessions, export and deletion.
/// </summary>
public sealed class AccountPage(SignInCodes codes, ReaderAccounts accounts, ReaderSessions sessions, SiteOrigin origin, IEnumerable<IReaderData> parts) : ReaderPageModel
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

    [BindProperty]
    public string? DisplayName { get; set; }

    public Stage Showing { get; private set; }

    public IReadOnlyList<ReaderSession> Sessions { get; private set; } = [];

    protected override string Title => "Your account";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(Reader is null ? Stage.AskAddress : Stage.Settings, cancellationToken);

    /// <summary>Mails a code. The answer is the same whether or not the address has an account.</summary>
    public async Task<IActionResult> OnPostStartAsync(CancellationToken cancellationToken)
    {
        var (email, problem) = ReaderAddress.Parse(Email);
        if (email is null)
        {
            return Refuse(problem!);
        }

        Email = email;
        if (await codes.IssueAsync(email, CodePurpose.SignIn, ReaderNetwork.KeyOf(HttpContext.Connection.RemoteIpAddress), origin.For(Request), cancellationToken) is { } refusal)
        {
            return Refuse(refusal, StatusCodes.Status429TooManyRequests);
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
            DisplayName ??= Reader.DisplayName;
        }

        return Page();
    }
}
