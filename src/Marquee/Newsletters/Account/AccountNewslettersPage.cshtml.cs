using Marquee.Newsletters.Lists;
using Marquee.Newsletters.Subscriptions;
using Marquee.Readers;
using Marquee.Readers.Account;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Newsletters.Account;

/// <summary>
/// /newsletters/account: where the account page's newsletter form posts. The ticked active lists are the reader's from
/// now on: new ones start at once (the account proved the address), unticked ones end; each change is a consent line.
/// </summary>
public sealed class AccountNewslettersPage(NewsletterLists lists, NewsletterSubscriptions subscriptions) : ReaderPageModel
{
    [BindProperty]
    public List<long> Lists { get; set; } = [];

    protected override string Title => "Your newsletters";

    public IActionResult OnGet() => Redirect(ReaderPaths.Account);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Reader is null)
        {
            return Redirect(ReaderPaths.Account);
        }

        var active = (await lists.ActiveAsync(cancellationToken)).Select(l => l.Id).ToList();
        if (Lists.Except(active).Any())
        {
            return Refuse("One of those newsletters does not exist or takes no sign-ups now. Go back to your account and tick again.");
        }

        var wanted = Lists.Distinct().ToList();
        await subscriptions.AddAsync(Reader.Email, wanted, SignUpWording.AccountForm, SignUpWording.Version, cancellationToken);
        await subscriptions.RemoveAsync(Reader.Email, [.. active.Except(wanted)], SignUpWording.AccountForm, cancellationToken);
        return Redirect(ReaderPaths.Account);
    }
}
