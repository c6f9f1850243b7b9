using Marquee.Content;
using Marquee.Newsletters.Audit;
using Marquee.Platform.Caching;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Newsletters.Lists;

/// <summary>
/// The newsletter lists: read for the newsroom and for /newsletters, written by the newsroom in one transaction with
/// their audit row and the eviction of /newsletters, which lists the active ones.
/// </summary>
public sealed class NewsletterLists(MarqueeDbContext db, ContentTransaction transaction, ContentChanges changes, NewsletterAudit audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<NewsletterList>> AllAsync(CancellationToken cancellationToken) =>
        await db.Set<NewsletterList>().AsNoTracking().OrderBy(l => l.Name).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<NewsletterList>> ActiveAsync(CancellationToken cancellationToken) =>
        await db.Set<NewsletterList>().AsNoTracking().Where(l => l.IsActive).OrderBy(l => l.Name).ToListAsync(cancellationToken);

    public Task<NewsletterList?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.Set<NewsletterList>().AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);

    public Task<NewsletterList> CreateAsync(NewsletterListInput input, ChangedBy by, CancellationToken cancellationToken) =>
        transaction.RunAsync(
            async token =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var list = new NewsletterList { Slug = "", Name = "", CreatedAt = now, UpdatedAt = now };
                input.CopyTo(list);
                await RefuseTakenSlugAsync(list, token);
                db.Add(list);
                await db.SaveChangesAsync(token);
                audit.Record(list.Id, by, $"created {Describe(list)}");
                changes.Touch(NewsletterCacheTags.Lists);
                return list;
            },
            cancellationToken);

    /// <summary>Saves the form over a list; throws <see cref="ContentValidationException"/> (nothing saved) for bad input or a list that is gone.</summary>
    public Task<NewsletterList> UpdateAsync(long id, NewsletterListInput input, ChangedBy by, CancellationToken cancellationToken) =>
        transaction.RunAsync(
            async token =>
            {
                var list = await db.Set<NewsletterList>().SingleOrDefaultAsync(l => l.Id == id, token)
                    ?? throw new ContentValidationException($"newsletter list {id} does not exist");
                var before = Describe(list);
                input.CopyTo(list);
                await RefuseTakenSlugAsync(list, token);
                var after = Describe(list);
                if (after != before)
                {
                    list.UpdatedAt = clock.GetUtcNow().UtcDateTime;
                    audit.Record(list.Id, by, $"changed {before} to {after}");
                    changes.Touch(NewsletterCacheTags.Lists);
                }

                return list;
            },
            cancellationToken);

    /// <summary>One line that says everything a reader or the scheduler sees of a list, for the audit log.</summary>
    public static string Describe(NewsletterList list) =>
        $"'{list.Name}' (/{list.Slug}, {When(list)}, {(list.IsActive ? "active" : "inactive")}{(list.Description.Length > 0 ? $", \"{list.Description}\"" : "")})";

    /// <summary>When a list goes out, in words: "daily at 07:00" or "Sundays at 21:00".</summary>
    public static string When(NewsletterList list) =>
        list.Cadence == Cadence.Weekly ? $"{list.Weekday}s at {list.SendAt:HH\\:mm}" : $"daily at {list.SendAt:HH\\:mm}";

    private async Task RefuseTakenSlugAsync(NewsletterList list, CancellationToken cancellationToken)
    {
        if (await db.Set<NewsletterList>().AnyAsync(l => l.Slug == list.Slug && l.Id != list.Id, cancellationToken))
        {
            throw new ContentValidationException($"another list already has the slug '{list.Slug}'");
        }
    }
}
