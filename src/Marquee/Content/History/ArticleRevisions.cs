using System.Text.Json;
using System.Text.Json.Serialization;
using Marquee.Content.Articles;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.History;

/// <summary>
/// Keeps every saved version of an article, whoever saved it (editor, import, scheduler), read back from
/// what was stored so a revision is exactly what the site had; lists, reads and compares them.
/// </summary>
public sealed class ArticleRevisions(MarqueeDbContext db, EditableArticles articles, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Records the article as now stored; call inside the transaction that saved it.</summary>
    public async Task RecordAsync(long articleId, ChangedBy by, CancellationToken cancellationToken)
    {
        var article = await articles.GetAsync(articleId, cancellationToken);
        db.Set<ArticleRevision>().Add(new ArticleRevision
        {
            ArticleId = articleId,
            Version = article.Version,
            SavedAt = clock.GetUtcNow().UtcDateTime,
            SavedByStaffId = by.StaffUserId,
            SavedBy = by.Name,
            Content = JsonSerializer.Serialize(article.Fields, Json),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Newest first.</summary>
    public Task<List<RevisionSummary>> ListAsync(long articleId, CancellationToken cancellationToken) =>
        db.Set<ArticleRevision>().Where(r => r.ArticleId == articleId).OrderByDescending(r => r.Version)
            .Select(r => new RevisionSummary(r.Version, r.SavedAt, r.SavedBy))
            .ToListAsync(cancellationToken);

    /// <summary>The article's fields at a version, ready to save again; a clear refusal when there is no such revision.</summary>
    public async Task<ArticleInput> GetAsync(long articleId, int version, CancellationToken cancellationToken)
    {
        var content = await db.Set<ArticleRevision>().Where(r => r.ArticleId == articleId && r.Version == version)
            .Select(r => r.Content).SingleOrDefaultAsync(cancellationToken)
            ?? throw new ContentValidationException($"article {articleId} has no revision {version}");
        return JsonSerializer.Deserialize<ArticleInput>(content, Json)!;
    }

    /// <summary>What changed from one version to another, field by field (the body line by line).</summary>
    public async Task<IReadOnlyList<FieldChange>> DiffAsync(long articleId, int fromVersion, int toVersion, CancellationToken cancellationToken) =>
        ArticleDiff.Between(await GetAsync(articleId, fromVersion, cancellationToken), await GetAsync(articleId, toVersion, cancellationToken));
}
