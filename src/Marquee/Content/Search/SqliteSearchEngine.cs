using System.Globalization;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Search;

/// <summary>
/// SQLite's FTS5 table <c>search_index</c> (M0017): one row per article, its rowid the article's id, Porter-stemmed;
/// ranked by bm25 with the headline and names weighted above the summary and the summary above the body.
/// </summary>
public sealed class SqliteSearchEngine(MarqueeDbContext db) : ISearchEngine
{
    /// <summary>bm25 weights of headline, names (tags and authors), summary, body: a headline or name match counts most.</summary>
    private const string Bm25 = "bm25(search_index, 10.0, 8.0, 3.0, 1.0)";

    /// <summary>A story whose headline alone holds every word counts double (decision 0090): bm25 saturates a 10× weight.</summary>
    private const string Headline = "(CASE WHEN search_index.rowid IN (SELECT rowid FROM search_index WHERE search_index MATCH @headline) THEN 2.0 ELSE 1.0 END)";

    /// <summary>How many words a snippet shows around the matches (FTS5's limit is 64).</summary>
    private const int SnippetWords = 28;

    public Task<SearchDocument?> StoredAsync(long articleId, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<SearchDocument>($"""
            SELECT rowid AS "ArticleId", headline AS "Headline", names AS "Names", summary AS "Summary", body AS "Body"
            FROM search_index WHERE rowid = {articleId}
            """).SingleOrDefaultAsync(cancellationToken);

    public async Task WriteAsync(SearchDocument document, CancellationToken cancellationToken)
    {
        await RemoveAsync(document.ArticleId, cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO search_index (rowid, headline, names, summary, body) VALUES ({document.ArticleId}, {document.Headline}, {document.Names}, {document.Summary}, {document.Body})",
            cancellationToken);
    }

    public Task RemoveAsync(long articleId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"DELETE FROM search_index WHERE rowid = {articleId}", cancellationToken);

    public Task ClearAsync(CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"DELETE FROM search_index", cancellationToken);

    /// <remarks>
    /// CROSS JOIN keeps the full-text match the outer loop (SQLite's documented way to fix the order): joined the other
    /// way, FTS5 evaluates the whole MATCH once per article, and a common word took 2.9 s at 2,000 articles.
    /// </remarks>
    public IQueryable<ScoredArticle> Matching(SearchQuery query, DateTime now, RecencyDecay decay) =>
        db.Database.SqlQueryRaw<ScoredArticle>(
            $"""
             SELECT search_index.rowid AS "ArticleId",
                    -{Bm25} * {Headline} * (@floor + (1 - @floor) / (1 + max(0, julianday(@now) - julianday(a.published_at)) / @halfLife)) AS "Score"
             FROM search_index CROSS JOIN articles a ON a.id = search_index.rowid
             WHERE search_index MATCH @match
             """,
            Parameter("match", MatchExpression(query)),
            Parameter("headline", $"headline : ({Required(query)})"),
            Parameter("now", now.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
            Parameter("floor", decay.Floor),
            Parameter("halfLife", decay.HalfLifeDays));

    public async Task<IReadOnlyDictionary<long, string>> SnippetsAsync(SearchQuery query, IReadOnlyList<long> articleIds, CancellationToken cancellationToken)
    {
        var ids = articleIds.ToArray();
        var rows = await db.Database.SqlQuery<ArticleSnippet>($"""
            SELECT rowid AS "ArticleId", snippet(search_index, 3, char(2), char(3), '…', {SnippetWords}) AS "Text"
            FROM search_index
            WHERE search_index MATCH {MatchExpression(query)} AND rowid IN (SELECT value FROM json_each({System.Text.Json.JsonSerializer.Serialize(ids)}))
            """).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.ArticleId, r => r.Text);
    }

    /// <summary>
    /// The query in FTS5's syntax, built from plain words only (each quoted, so no word is an operator): all words and
    /// phrases, the prefix starred, then NOT each excluded word.
    /// </summary>
    public static string MatchExpression(SearchQuery query)
    {
        var excluded = string.Concat(query.Excluded.Select(w => $" NOT {Quoted(w)}"));
        return $"({Required(query)}){excluded}";
    }

    private static string Required(SearchQuery query) => string.Join(' ', query.Words.Select(Quoted)
        .Concat(query.Phrases.Select(p => Quoted(string.Join(' ', p))))
        .Concat(query.Prefix is null ? [] : [Quoted(query.Prefix) + "*"]));

    private static string Quoted(string words) => $"\"{words}\"";

    private static Microsoft.Data.Sqlite.SqliteParameter Parameter(string name, object value) => new(name, value);
}
