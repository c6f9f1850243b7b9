using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Marquee.Content.Articles;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.History;

/// <summary>
/// Keeps every saved version of an article, whoever saved it (editor, import, scheduler), read back from
/// what was stored so a revision is exactly what the site had; lists, reads and compares them.
/// </summary>
public sealed class ArticleRevisions(MarqueeDbContext db, EditableArticles articles, RevisionRelinker relinker, TimeProvider clock)
{
    /// <summary>Beside the input's own properties in a revision's JSON; reading the input alone ignores it.</summary>
    private const string LinksProperty = "Links";

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Records the article as now stored; call inside the transaction that saved it.</summary>
    public async Task RecordAsync(long articleId, ChangedBy by, CancellationToken cancellationToken)
    {
        var article = await articles.GetAsync(articleId, cancellationToken);
        var content = JsonSerializer.SerializeToNode(article.Fields, Json)!.AsObject();
        content[LinksProperty] = JsonSerializer.SerializeToNode(await LinksAsync(articleId, cancellationToken), Json);
        db.Set<ArticleRevision>().Add(new ArticleRevision
        {
            ArticleId = articleId,
            Version = article.Version,
            SavedAt = clock.GetUtcNow().UtcDateTime,
            SavedByStaffId = by.StaffUserId,
            SavedBy = by.Name,
            Content = content.ToJsonString(Json),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Newest first.</summary>
    public Task<List<RevisionSummary>> ListAsync(long articleId, CancellationToken cancellationToken) =>
        db.Set<ArticleRevision>().Where(r => r.ArticleId == articleId).OrderByDescending(r => r.Version)
            .Select(r => new RevisionSummary(r.Version, r.SavedAt, r.SavedBy))
            .ToListAsync(cancellationToken);

    /// <summary>The article's fields at a version, as they were then; a clear refusal when there is no such revision.</summary>
    public async Task<ArticleInput> GetAsync(long articleId, int version, CancellationToken cancellationToken) =>
        (await ReadAsync(articleId, version, cancellationToken)).Deserialize<ArticleInput>(Json)!;

    /// <summary>The fields at a version ready to save again: authors and tags under their slugs of today, refused by name when gone.</summary>
    public async Task<ArticleInput> GetRestorableAsync(long articleId, int version, CancellationToken cancellationToken)
    {
        var content = await ReadAsync(articleId, version, cancellationToken);
        var links = content[LinksProperty]?.Deserialize<RevisionLinks>(Json);
        return await relinker.RelinkAsync(content.Deserialize<ArticleInput>(Json)!, links, version, cancellationToken);
    }

    /// <summary>What changed from one version to another, field by field (the body line by line).</summary>
    public async Task<IReadOnlyList<FieldChange>> DiffAsync(long articleId, int fromVersion, int toVersion, CancellationToken cancellationToken) =>
        ArticleDiff.Between(await GetAsync(articleId, fromVersion, cancellationToken), await GetAsync(articleId, toVersion, cancellationToken));

    private async Task<JsonObject> ReadAsync(long articleId, int version, CancellationToken cancellationToken)
    {
        var content = await db.Set<ArticleRevision>().Where(r => r.ArticleId == articleId && r.Version == version)
            .Select(r => r.Content).SingleOrDefaultAsync(cancellationToken)
            ?? throw new ContentValidationException($"article {articleId} has no revision {version}");
        return JsonNode.Parse(content)!.AsObject();
    }

    /// <summary>The ids in the order EditableArticles lists the slugs (byline and display position).</summary>
    private async Task<RevisionLinks> LinksAsync(long articleId, CancellationToken cancellationToken)
    {
        var authors = await db.ArticleAuthors.Where(x => x.ArticleId == articleId).OrderBy(x => x.Position).Select(x => x.AuthorId).ToListAsync(cancellationToken);
        var tags = await db.ArticleTags.Where(x => x.ArticleId == articleId).OrderBy(x => x.Position).Select(x => x.TagId).ToListAsync(cancellationToken);
        var section = await db.Articles.Where(a => a.Id == articleId).Select(a => a.PrimarySectionId).SingleAsync(cancellationToken);
        return new RevisionLinks(authors, tags, section);
    }
}
