using Marquee.Readers.Accounts;
using Marquee.Readers.Sessions;
using Marquee.Readers.SignIn;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Readers.Account;

/// <summary>/account/verify?token=: the mailed link's page. A GET shows a button; only its POST spends the code.</summary>
public sealed class VerifyLinkPage(SignInCodes codes, ReaderAccounts accounts, ReaderSessions sessions) : ReaderPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    protected override string Title => "Sign in";

    public IActionResult OnGet() => string.IsNullOrEmpty(Token) ? Refuse("This link has no token: open the link from the mail whole.", StatusCodes.Status400BadRequest) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await codes.RedeemLinkAsync(Token, cancellationToken);
        if (outcome.ProvenEmail is null)
        {
            return Refuse(outcome.Refusal!);
        }

        await sessions.StartAsync(await accounts.ForProvenAddressAsync(outcome.ProvenEmail, cancellationToken), HttpContext, cancellationToken);
        return Redirect(ReaderPaths.Account);
    }
}
