using Marquee.Newsletters.Subscriptions;
using Marquee.Readers.Account;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Newsletters.SignUp;

/// <summary>/newsletters/confirm?token=: the mailed link's page. A GET shows a button (mail scanners open links); only its POST subscribes.</summary>
public sealed class ConfirmPage(NewsletterSignUps signUps) : ReaderPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public bool Confirmed { get; private set; }

    protected override string Title => "Confirm your newsletters";

    public IActionResult OnGet() => string.IsNullOrEmpty(Token) ? Refuse("This link has no token: open the link from the mail whole.", StatusCodes.Status400BadRequest) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await signUps.ConfirmAsync(Token, cancellationToken) is not { } lists)
        {
            return Refuse("That link has expired or was already used. Sign up again on the newsletters page.");
        }

        Confirmed = true;
        Notice = lists.Count == 0
            ? "Those newsletters have stopped taking sign-ups since you asked: nothing will be sent."
            : $"You are subscribed to {string.Join(", ", lists)}. Every mail has a link to unsubscribe.";
        return Page();
    }
}
