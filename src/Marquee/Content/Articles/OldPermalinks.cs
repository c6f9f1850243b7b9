using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Articles;

/// <summary>
/// The paths imported articles had on their old site, each answering 301 to where its article is now (renamed or not:
/// the article is kept by id). Paths are kept as a request reads them: decoded, without the final slash.
/// </summary>
public sealed class OldPermalinks(MarqueeDbContext db)
{
    public const int MaxPathLength = 400;

    /// <summary>The form a path is kept and found in, or null for one that cannot be an article's (the site's root, an overlong one).</summary>
    public static string? Key(string? path) =>
        path?.TrimEnd('/') is { Length: > 0 and <= MaxPathLength } key && key.StartsWith('/') ? key : null;

    /// <summary>Points <paramref name="path"/> at the article (a re-import that moved it moves the redirect); the key must come from <see cref="Key"/>.</summary>
    public async Task<SaveOutcome> KeepAsync(string path, long articleId, CancellationToken cancellationToken)
    {
        var existing = await db.OldPermalinks.AsTracking().FirstOrDefaultAsync(p => p.Path == path, cancellationToken);
        if (existing?.ArticleId == articleId)
        {
            return SaveOutcome.Unchanged;
        }

        if (existing is null)
        {
            db.OldPermalinks.Add(new OldPermalink { Path = path, ArticleId = articleId });
        }
        else
        {
            existing.ArticleId = articleId;
        }

        await db.SaveChangesAsync(cancellationToken);
        return existing is null ? SaveOutcome.Created : SaveOutcome.Updated;
    }

    /// <summary>The article's path now, for a request path it once had; null when it names none.</summary>
    public async Task<string?> FindAsync(string? requestPath, CancellationToken cancellationToken)
    {
        if (Key(requestPath) is not { } key)
        {
            return null;
        }

        var article = await db.OldPermalinks.Where(p => p.Path == key)
            .Join(db.Articles, p => p.ArticleId, a => a.Id, (p, a) => new { a.Kind, a.Slug })
            .FirstOrDefaultAsync(cancellationToken);
        return article is null ? null : ArticlePaths.Of(article.Kind, article.Slug);
    }
}
