using Marquee.Content;
using Marquee.Newsroom.Workflow;
using Marquee.Platform;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marquee.Newsroom.Locks;

/// <summary>
/// Edit locks in the database, so every node sees the same holder. Opening takes a free or expired lock;
/// a lock lives <see cref="EditingOptions.LockSeconds"/> past its last heartbeat; an editor (or the holder
/// from another tab) takes it over with a new token, and a save carrying an old token is refused. Every
/// change is one conditional statement, so two tabs racing for a lock cannot both get it.
/// </summary>
public sealed class EditLocks(MarqueeDbContext db, TimeProvider clock, IOptions<MarqueeOptions> options)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private TimeSpan Term => options.Value.Editing.LockTerm;

    private DbSet<ArticleLock> Locks => db.Set<ArticleLock>();

    /// <summary>Takes the lock when nobody holds a live one; otherwise says who does (you, in another tab, or someone else).</summary>
    public Task<EditLock> OpenAsync(long articleId, Actor actor, CancellationToken cancellationToken) =>
        ReopenAsync(articleId, actor, null, cancellationToken);

    /// <summary>
    /// Opens the lock for a tab that had it before its page was reloaded: the lock still carrying this tab's
    /// last token counts as free. The token changes, so the old page's release, arriving late, frees nothing.
    /// </summary>
    public async Task<EditLock> ReopenAsync(long articleId, Actor actor, string? lastToken, CancellationToken cancellationToken)
    {
        var current = await FindAsync(articleId, cancellationToken);
        var free = current is null || current.ExpiresAt < Now || (current.Token == lastToken && current.StaffUserId == actor.StaffUserId);
        return free
            ? await TakeAsync(articleId, actor, current?.Token, cancellationToken)
            : EditLock.Of(current!, actor.StaffUserId, thisTab: false);
    }

    /// <summary>Moves a live lock to this tab: an editor may take it from anyone, anyone from themselves (another tab).</summary>
    public async Task<EditLock> TakeOverAsync(long articleId, Actor actor, CancellationToken cancellationToken)
    {
        var current = await FindAsync(articleId, cancellationToken);
        if (current is not null && current.ExpiresAt >= Now && current.StaffUserId != actor.StaffUserId && !actor.IsEditor)
        {
            throw new WorkflowRefusedException($"only an editor may take this article over from {current.HolderName}");
        }

        return await TakeAsync(articleId, actor, current?.Token, cancellationToken);
    }

    /// <summary>
    /// Keeps this tab's lock alive; when it has been taken over, says by whom (the tab must stop saving). A lock
    /// that lapsed meanwhile (a laptop asleep) and nobody took is this tab's again, under a new token.
    /// </summary>
    public async Task<EditLock> HeartbeatAsync(long articleId, Actor actor, string token, CancellationToken cancellationToken)
    {
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
    /// save over the new holder's work. An expired or missing lock refuses nothing (the version check still holds).
    /// </summary>
    public async Task EnsureMayWriteAsync(Actor actor, OpenedArticle opened, CancellationToken cancellationToken)
    {
        var current = await FindAsync(opened.ArticleId, cancellationToken);
        if (current is null || current.Token == opened.LockToken || current.ExpiresAt < Now)
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

    private Task<ArticleLock?> FindAsync(long articleId, CancellationToken cancellationToken) =>
        Locks.AsNoTracking().SingleOrDefaultAsync(l => l.ArticleId == articleId, cancellationToken);

    /// <summary>Replaces the lock row seen (or creates the first); when another tab changed it first, reports that tab's lock instead.</summary>
    private async Task<EditLock> TakeAsync(long articleId, Actor actor, string? seenToken, CancellationToken cancellationToken)
    {
        if (!await db.Articles.AnyAsync(a => a.Id == articleId, cancellationToken))
        {
            throw new ContentValidationException($"article {articleId} does not exist");
        }

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
