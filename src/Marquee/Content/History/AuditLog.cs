using Marquee.Content.Articles;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.History;

/// <summary>Every workflow move of an article, who made it and when; written in the move's own transaction.</summary>
public sealed class AuditLog(MarqueeDbContext db, TimeProvider clock)
{
    public async Task RecordAsync(long articleId, ChangedBy by, EditorialState from, EditorialState to, string? note, CancellationToken cancellationToken)
    {
        db.Set<ArticleTransition>().Add(new ArticleTransition
        {
            ArticleId = articleId,
            ChangedAt = clock.GetUtcNow().UtcDateTime,
            StaffUserId = by.StaffUserId,
            Actor = by.Name,
            FromState = from,
            ToState = to,
            Note = note,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Newest first.</summary>
    public Task<List<ArticleTransition>> ForArticleAsync(long articleId, CancellationToken cancellationToken) =>
        db.Set<ArticleTransition>().AsNoTracking().Where(t => t.ArticleId == articleId)
            .OrderByDescending(t => t.ChangedAt).ThenByDescending(t => t.Id)
            .ToListAsync(cancellationToken);
}
