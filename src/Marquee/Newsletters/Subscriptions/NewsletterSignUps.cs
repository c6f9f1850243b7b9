using Marquee.Newsletters.Lists;
using Marquee.Readers;
using Marquee.Readers.Mail;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marquee.Newsletters.Subscriptions;

/// <summary>
/// Double opt-in: asking mails a link (and never reads who is subscribed, so every address gets the same answer); only
/// the POST of the page that link opens subscribes, as mail scanners open links. Asking is limited as reader sign-in
/// codes are (per address, per network, per hour), counted in the database so the limits hold across nodes.
/// </summary>
public sealed class NewsletterSignUps(MarqueeDbContext db, NewsletterSubscriptions subscriptions, ReaderMailQueue mails, IOptions<ReaderOptions> limits, TimeProvider clock)
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(2);

    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <summary>Mails a confirmation link for the lists; the refusal (with its status), or null when sent.</summary>
    public async Task<(string Message, int Status)?> AskAsync(string email, IReadOnlyCollection<long> listIds, string network, string origin, CancellationToken cancellationToken)
    {
        var lists = await db.Set<NewsletterList>().AsNoTracking().Where(l => listIds.Contains(l.Id) && l.IsActive).OrderBy(l => l.Name).ToListAsync(cancellationToken);
        if (lists.Count == 0 || lists.Count != listIds.Distinct().Count())
        {
            return (listIds.Count == 0 ? "Tick at least one newsletter." : "One of those newsletters does not exist or takes no sign-ups now: tick one on the list.", StatusCodes.Status422UnprocessableEntity);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - Window;
        var requests = db.Set<SignUpRequest>();
        if (await requests.CountAsync(r => r.Email == email && r.CreatedAt > since, cancellationToken) >= limits.Value.CodesPerAddressPerHour)
        {
            return ($"{limits.Value.CodesPerAddressPerHour} confirmation mails were already sent to this address in the last hour. Use the latest, or try again later.", StatusCodes.Status429TooManyRequests);
        }

        if (await requests.CountAsync(r => r.Network == network && r.CreatedAt > since, cancellationToken) >= limits.Value.CodesPerSubnetPerHour)
        {
            return ("Too many sign-ups were asked for from your network in the last hour. Try again later.", StatusCodes.Status429TooManyRequests);
        }

        await requests.Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        var token = SubscriptionTokens.New();
        requests.Add(new SignUpRequest
        {
            Email = email, Network = network, ListIds = string.Join(',', lists.Select(l => l.Id)), TokenHash = SubscriptionTokens.Hash(token),
            Form = SignUpWording.PublicForm, WordingVersion = SignUpWording.Version, CreatedAt = now, ExpiresAt = now + LinkLifetime,
        });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        mails.Enqueue(ConfirmationMail.For(email, lists, NewsletterPaths.ConfirmLink(origin, token)));
        return null;
    }

    /// <summary>Spends a mailed link (once: a conditional update) and subscribes its address; the lists' names, or null for a dead link.</summary>
    public async Task<IReadOnlyList<string>?> ConfirmAsync(string? token, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hash = SubscriptionTokens.Hash(token ?? "");
        var request = await db.Set<SignUpRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.TokenHash == hash && r.ConfirmedAt == null && r.ExpiresAt > now, cancellationToken);
        if (request is null || await db.Set<SignUpRequest>().Where(r => r.Id == request.Id && r.ConfirmedAt == null).ExecuteUpdateAsync(r => r.SetProperty(x => x.ConfirmedAt, now), cancellationToken) != 1)
        {
            return null;
        }

        var listIds = request.ListIds.Split(',').Select(long.Parse).ToList();
        return await subscriptions.AddAsync(request.Email, listIds, request.Form, request.WordingVersion, cancellationToken);
    }
}
