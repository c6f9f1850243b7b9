using Marquee.Newsletters.Subscriptions;
using Marquee.Platform.Origin;
using Marquee.Readers.Account;
using Marquee.Readers.Accounts;
using Marquee.Readers.SignIn;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Newsletters.SignUp;

/// <summary>
/// /newsletters/sign-up: where the public form posts. It mails a confirmation link and says so in the same words
/// whether or not the address is known or already subscribed. No antiforgery token (the form's page sets no cookie):
/// a forged post can only mail a link the owner of the address must press.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class SignUpPage(NewsletterSignUps signUps, CodeRequestGate gate, SiteOrigin origin) : ReaderPageModel
{
    [BindProperty]
    public string? Email { get; set; }

    /// <summary>The proof of work the form's script found (empty without JavaScript).</summary>
    [BindProperty]
    public string? Work { get; set; }

    [BindProperty]
    public List<long> Lists { get; set; } = [];

    protected override string Title => "Newsletters";

    public IActionResult OnGet() => Redirect(NewsletterPaths.Lists);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (email, problem) = ReaderAddress.Parse(Email);
        if (email is null)
        {
            return Refuse(problem!);
        }

        if (gate.Refusal(Work) is { } busy)
        {
            return Refuse(busy, StatusCodes.Status429TooManyRequests);
        }

        if (await signUps.AskAsync(email, Lists, ReaderNetwork.KeyOf(HttpContext.Connection.RemoteIpAddress), origin.For(Request), cancellationToken) is { } refusal)
        {
            return Refuse(refusal.Message, refusal.Status);
        }

        Notice = $"Almost done: we sent a link to {email}. Open it and press the button to start receiving your newsletters.";
        return Page();
    }
}
