using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Newsroom.Workflow;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marquee.Newsroom.Locks;

/// <summary>
/// Edit locks in the database, so every node sees the same holder. Only someone who may edit the article takes
/// its lock: opening takes a free or expired lock; a lock lives <see cref="EditingOptions.LockSeconds"/> past its
/// last heartbeat and only while its holder may still edit (decision 0028); an editor (or the holder from another
/// tab) takes it over with a new token, and a save carrying an old token is refused. Every change is one
/// conditional statement, so two tabs racing for a lock cannot both get it.
/// </summary>
public sealed class EditLocks(MarqueeDbContext db, EditableArticles articles, TimeProvider clock, IOptions<EditingOptions> options)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private TimeSpan Term => options.Value.LockTerm;

    private DbSet<ArticleLock> Locks => db.Set<ArticleLock>();

    /// <summary>
    /// Takes the lock when nobody holds a live one and this person may edit; otherwise says who holds it (you, in
    /// another tab, or someone else), or that this person reads the article without a lock.
    /// </summary>
    public Task<EditLock> OpenAsync(long articleId, Actor actor, CancellationToken cancellationToken) =>
        ReopenAsync(articleId, actor, null, cancellationToken);

    /// <summary>
    /// Opens the lock for a tab that had it before its page was reloaded: the lock still carrying this tab's
    /// last token counts as free. The token changes, so the old page's release, arriving late, frees nothing.
    /// </summary>
    public async Task<EditLock> ReopenAsync(long articleId, Actor actor, string? lastToken, CancellationToken cancellationToken)
    {
        var access = await AccessAsync(articleId, cancellationToken);
        var current = await FindAsync(articleId, cancellationToken);
        var live = current is not null && await IsLiveAsync(current, access, actor, cancellationToken);
        if (!access.MayEdit(actor))
        {
            return live ? EditLock.Of(current!, actor.StaffUserId, thisTab: false) : EditLock.ReadOnly;
        }

        var free = !live || (current!.Token == lastToken && current.StaffUserId == actor.StaffUserId);
        return free
            ? await TakeAsync(articleId, actor, current?.Token, cancellationToken)
            : EditLock.Of(current!, actor.StaffUserId, thisTab: false);
    }

    /// <summary>
    /// Moves a live lock to this tab: an editor may take it from anyone, anyone who may edit from themselves
    /// (another tab) or from a holder who may no longer edit (an author from someone whose role was lowered).
    /// </summary>
    public async Task<EditLock> TakeOverAsync(long articleId, Actor actor, CancellationToken cancellationToken)
    {
        var access = await AccessAsync(articleId, cancellationToken);
        WorkflowRefusedException.ThrowIf(access.RefusalToEdit(actor));
        var current = await FindAsync(articleId, cancellationToken);
        if (current is not null && current.StaffUserId != actor.StaffUserId && !actor.IsEditor && await IsLiveAsync(current, access, actor, cancellationToken))
        {
            throw new WorkflowRefusedException($"only an editor may take this article over from {current.HolderName}");
        }

        return await TakeAsync(articleId, actor, current?.Token, cancellationToken);
    }

    /// <summary>
    /// Keeps this tab's lock alive; when it has been taken over, says by whom (the tab must stop saving). A lock
    /// that lapsed meanwhile (a laptop asleep) and nobody took is this tab's again, under a new token. Someone
    /// who may no longer edit (the article moved on, their role changed) keeps nothing.
    /// </summary>
    public async Task<EditLock> HeartbeatAsync(long articleId, Actor actor, string token, CancellationToken cancellationToken)
    {
        if (!(await AccessAsync(articleId, cancellationToken)).MayEdit(actor))
        {
            await ReleaseAsync(articleId, token, cancellationToken);
            return await OpenAsync(articleId, actor, cancellationToken);
        }

        var until = Now + Term;
        var renewed = await Locks.Where(l => l.ArticleId == articleId && l.Token == token)
            .ExecuteUpdateAsync(l => l.SetProperty(x => x.ExpiresAt, until), cancellationToken);
        return renewed == 1
            ? new EditLock(EditLockHolding.Yours, token, actor.Name, until)
            : await ReopenAsync(articleId, actor, token, cancellationToken);
    }

    /// <summary>Frees the lock when the tab closes or leaves the editor; a token no longer current frees nothing.</summary>
    public Task ReleaseAsync(long articleId, string token, CancellationToken cancellationToken) =>
        Locks.Where(l => l.ArticleId == articleId && l.Token == token).ExecuteDeleteAsync(cancellationToken);

    /// <summary>
    /// Refuses a save from a tab while another tab holds a live lock: after a take-over the old tab cannot
    /// save over the new holder's work. An expired or missing lock, or one whose holder may no longer edit,
    /// refuses nothing (the version check still holds).
    /// </summary>
    public async Task EnsureMayWriteAsync(Actor actor, OpenedArticle opened, CancellationToken cancellationToken)
    {
        var current = await FindAsync(opened.ArticleId, cancellationToken);
        if (current is null || current.Token == opened.LockToken || !await IsLiveAsync(current, await AccessAsync(opened.ArticleId, cancellationToken), actor, cancellationToken))
        {
            return;
        }

        var tookOver = opened.LockToken is not null;
        throw new EditLockLostException((current.StaffUserId == actor.StaffUserId, tookOver) switch
        {
            (true, true) => "you took this article over in another tab; nothing was saved from this one",
            (true, false) => "you have this article open in another tab; nothing was saved from this one",
            (false, true) => $"{current.HolderName} took this article over; your changes were not saved",
            (false, false) => $"{current.HolderName} is editing this article; nothing was saved",
        });
    }

    /// <summary>
    /// A lock counts within its term and while its holder may still edit the article: the state may have moved on,
    /// the holder's role been lowered or their account disabled. A holder without an account here keeps it for its term.
    /// </summary>
    private async Task<bool> IsLiveAsync(ArticleLock row, ArticleAccess access, Actor viewer, CancellationToken cancellationToken)
    {
        if (row.ExpiresAt < Now)
        {
            return false;
        }

        if (row.StaffUserId == viewer.StaffUserId)
        {
            return access.MayEdit(viewer);
        }

        var holder = await db.Users.Where(u => u.Id == row.StaffUserId).Select(u => new { u.Role, u.DisabledAt }).SingleOrDefaultAsync(cancellationToken);
        return holder is null || (holder.DisabledAt is null && access.MayEdit(new Actor(row.StaffUserId, row.HolderName, holder.Role)));
    }

    /// <summary>Whose the article is and its state now, or a clear refusal when it does not exist.</summary>
    private async Task<ArticleAccess> AccessAsync(long articleId, CancellationToken cancellationToken)
    {
        var (createdBy, state) = await articles.StandingAsync(articleId, Now, cancellationToken)
            ?? throw new ContentValidationException($"article {articleId} does not exist");
        return new ArticleAccess(createdBy, state);
    }

    private Task<ArticleLock?> FindAsync(long articleId, CancellationToken cancellationToken) =>
        Locks.AsNoTracking().SingleOrDefaultAsync(l => l.ArticleId == articleId, cancellationToken);

    /// <summary>Replaces the lock row seen (or creates the first); when another tab changed it first, reports that tab's lock instead.</summary>
    private async Task<EditLock> TakeAsync(long articleId, Actor actor, string? seenToken, CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid().ToString("n");
        var until = Now + Term;
        var taken = seenToken is null
            ? await CreateAsync(new ArticleLock { ArticleId = articleId, Token = token, StaffUserId = actor.StaffUserId, HolderName = actor.Name, ExpiresAt = until }, cancellationToken)
            : await Locks.Where(l => l.ArticleId == articleId && l.Token == seenToken).ExecuteUpdateAsync(
                l => l.SetProperty(x => x.Token, token).SetProperty(x => x.StaffUserId, actor.StaffUserId).SetProperty(x => x.HolderName, actor.Name).SetProperty(x => x.ExpiresAt, until),
                cancellationToken) == 1;
        if (taken)
        {
            return new EditLock(EditLockHolding.Yours, token, actor.Name, until);
        }

        // Released in between (a closing tab's beacon racing this tab's reopen): the article is free, so take it afresh.
        return await FindAsync(articleId, cancellationToken) is { } winner
            ? EditLock.Of(winner, actor.StaffUserId, thisTab: false)
            : await TakeAsync(articleId, actor, null, cancellationToken);
    }

    private async Task<bool> CreateAsync(ArticleLock row, CancellationToken cancellationToken)
    {
        Locks.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
